using Microsoft.AspNetCore.Http.Metadata;

namespace Amity.Security;

/// <summary>
/// Problems the framework writes by itself (wrong content type, no such route, wrong method) say only their status;
/// this fills in what was wrong, so that a client that sent text to a JSON endpoint is told what the endpoint reads.
/// </summary>
public static class RequestProblems
{
    public static void Describe(ProblemDetailsOptions options) => options.CustomizeProblemDetails = context =>
    {
        var problem = context.ProblemDetails;
        if (!string.IsNullOrEmpty(problem.Detail)) return;
        var request = context.HttpContext.Request;
        problem.Detail = problem.Status switch
        {
            StatusCodes.Status415UnsupportedMediaType =>
                $"This endpoint reads {Accepted(context.HttpContext)}; the request's body was {(request.ContentType is { Length: > 0 } type ? type : "sent without a content type")}.",
            StatusCodes.Status404NotFound => $"There is nothing at {request.Path}.",
            StatusCodes.Status405MethodNotAllowed =>
                $"{request.Method} is not allowed at {request.Path}" + (context.HttpContext.Response.Headers.Allow is { Count: > 0 } allow ? $"; it allows {allow}." : "."),
            StatusCodes.Status413PayloadTooLarge => $"The request body is larger than the {RequestLimits.MaxBodyBytes / (1024 * 1024)} MB this app reads.",
            _ => problem.Detail,
        };
    };

    private static string Accepted(HttpContext http) =>
        http.GetEndpoint()?.Metadata.GetOrderedMetadata<IAcceptsMetadata>().SelectMany(a => a.ContentTypes).Distinct().ToList() is { Count: > 0 } types
            ? string.Join(" or ", types)
            : "application/json";
}
