using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.EntityFrameworkCore;

namespace Amity.Api;

/// <summary>
/// Turns what escapes an endpoint into RFC 9457 problems: unreadable JSON names the field that is wrong,
/// a concurrency conflict is 409, anything else a 500 that gives nothing away.
/// </summary>
internal sealed partial class ProblemDetailsExceptionHandler(IProblemDetailsService problems, ILogger<ProblemDetailsExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken ct)
    {
        var (status, title, detail, errors) = exception switch
        {
            BadHttpRequestException { InnerException: JsonException json } => (400, "The request body is not valid.", "One or more fields could not be read.", FieldsOf(json)),
            BadHttpRequestException bad => (bad.StatusCode, "The request is not valid.", bad.Message, null),
            DbUpdateConcurrencyException => (409, "Edit conflict", "The record was changed by someone else since you read it. Read it again and reapply your change.", null),
            _ => (500, "An unexpected error occurred.", "The server could not complete the request; nothing was changed.", (Dictionary<string, string[]>?)null),
        };
        if (status == 500) logger.LogError(exception, "Unhandled exception for {Method} {Path}", http.Request.Method, http.Request.Path);

        http.Response.StatusCode = status;
        var problem = new Microsoft.AspNetCore.Mvc.ProblemDetails { Status = status, Title = title, Detail = detail };
        if (errors is not null) problem.Extensions["errors"] = errors;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = problem, Exception = exception });
    }

    /// <summary>The field a JSON error is about, from its path ($.participants[0].personId) or the required names it lists.</summary>
    private static Dictionary<string, string[]> FieldsOf(JsonException json)
    {
        var message = json.Message;
        var missing = MissingProperties().Match(message);
        if (missing.Success)
            return Quoted().Matches(missing.Groups[1].Value).ToDictionary(m => m.Groups[1].Value, _ => new[] { "is required" });

        var field = json.Path is null or "$" ? "$" : json.Path.StartsWith("$.", StringComparison.Ordinal) ? json.Path[2..] : json.Path;
        var reason = message.Contains("could not be converted", StringComparison.Ordinal) ? Describe(json) : FirstSentence(message);
        return new() { [field] = [reason] };
    }

    private static string Describe(JsonException json)
    {
        var target = ConvertedTo().Match(json.Message);
        if (target.Success && Type.GetType(target.Groups[1].Value + ", Amity") is { IsEnum: true } enumType)
            return $"must be one of {EnumText.Allowed(enumType)}";
        if (target.Success && target.Groups[1].Value.Contains("Nullable`1[[System.Int32", StringComparison.Ordinal) || target.Groups[1].Value == "System.Int32")
            return "must be a whole number";
        if (target.Success && target.Groups[1].Value.Contains("DateOnly", StringComparison.Ordinal)) return "must be a date of the form YYYY-MM-DD";
        if (target.Success && target.Groups[1].Value.Contains("DateTime", StringComparison.Ordinal)) return "must be a local date and time of the form YYYY-MM-DDTHH:MM";
        return "has the wrong type of value";
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(". Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }

    [GeneratedRegex(@"missing required properties including: (.*)")]
    private static partial Regex MissingProperties();

    [GeneratedRegex(@"'([^']+)'")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"could not be converted to ([^\s.]+(?:\.[^\s.]+)*)\.? ")]
    private static partial Regex ConvertedTo();
}
