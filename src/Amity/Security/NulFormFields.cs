using System.Text;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Amity.Security;

/// <summary>
/// A page form holding the NUL character (U+0000) gets the form back with the field named, like any other bad value.
/// The framework's form reader refuses a body with an encoded NUL ("%00") outright: the antiforgery check cannot read its
/// token and the person gets a bare 400 with no form and no field named, and whatever they typed is gone. So before a page
/// reads its form, each NUL in a value is replaced by U+FFFD (the replacement character, shown where the NUL was) and the
/// field's name is kept; the filter then files an error under that field, the page refuses the post as invalid, and the
/// form comes back with the rest of the person's text. Nothing holding a NUL reaches the database (the API refuses it the
/// same way, by name, in RecordValidator).
/// </summary>
public static class NulFormFields
{
    public const string Message = "This field must not contain the NUL character (U+0000).";

    /// <summary>The names of the posted fields whose NUL characters were replaced.</summary>
    public sealed record Replaced(IReadOnlyList<string> Fields);

    private static readonly byte[] Replacement = "%EF%BF%BD"u8.ToArray();

    public static IApplicationBuilder UseNulFormFields(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        // Only pages: an API endpoint that reads a form answers a problem of its own, and nothing else reads a body twice.
        if (HttpMethods.IsPost(context.Request.Method)
            && context.GetEndpoint()?.Metadata.GetMetadata<PageActionDescriptor>() is not null
            && context.Request.ContentType is { } type
            && type.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase))
        {
            // The body limit (RequestLimits) still applies: reading past it throws, and the framework answers 413.
            using var buffer = new MemoryStream();
            await context.Request.Body.CopyToAsync(buffer, context.RequestAborted);
            var body = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
            if (Clean(body, out var cleaned, out var fields))
            {
                context.Features.Set(new Replaced(fields));
                context.Request.Body = new MemoryStream(cleaned, writable: false);
                context.Request.ContentLength = cleaned.Length;
            }
            else
            {
                context.Request.Body = new MemoryStream(buffer.ToArray(), writable: false);
            }
        }
        await next(context);
    });

    /// <summary>
    /// Replaces each NUL in a url-encoded form (encoded as %00 or sent as a raw zero byte) by an encoded U+FFFD; false when
    /// there is none. The names are the fields' names as the form sent them, for filing the errors.
    /// </summary>
    internal static bool Clean(ReadOnlySpan<byte> body, out byte[] cleaned, out IReadOnlyList<string> fields)
    {
        cleaned = [];
        fields = [];
        if (body.IndexOf((byte)0) < 0 && body.IndexOf("%00"u8) < 0) return false;
        var output = new List<byte>(body.Length + 16);
        var names = new List<string>();
        foreach (var range in body.Split((byte)'&'))
        {
            var pair = body[range];
            if (output.Count > 0) output.Add((byte)'&');
            var equals = pair.IndexOf((byte)'=');
            var nameBytes = equals < 0 ? pair : pair[..equals];
            var hadNul = false;
            for (var i = 0; i < pair.Length; i++)
            {
                if (pair[i] == 0) { output.AddRange(Replacement); hadNul = true; continue; }
                if (pair[i] == '%' && i + 2 < pair.Length && pair[i + 1] == '0' && pair[i + 2] == '0') { output.AddRange(Replacement); hadNul = true; i += 2; continue; }
                output.Add(pair[i]);
            }
            if (hadNul) names.Add(Decode(nameBytes));
        }
        cleaned = [.. output];
        fields = names;
        return true;
    }

    /// <summary>A field name as the page's model state keys it; a NUL in the name itself is shown as U+FFFD.</summary>
    private static string Decode(ReadOnlySpan<byte> name)
    {
        var text = Encoding.UTF8.GetString(name).Replace('+', ' ').Replace("%00", "%EF%BF%BD", StringComparison.Ordinal).Replace('\0', '\uFFFD');
        try { return Uri.UnescapeDataString(text); }
        catch (UriFormatException) { return text; }
    }

    /// <summary>Files the error under each replaced field before the page's handler runs, so the handler sees an invalid form.</summary>
    public sealed class Filter : IPageFilter
    {
        public void OnPageHandlerSelected(PageHandlerSelectedContext context) { }

        public void OnPageHandlerExecuting(PageHandlerExecutingContext context)
        {
            if (context.HttpContext.Features.Get<Replaced>() is not { } replaced) return;
            foreach (var field in replaced.Fields) context.ModelState.AddModelError(field, Message);
        }

        public void OnPageHandlerExecuted(PageHandlerExecutedContext context) { }
    }
}
