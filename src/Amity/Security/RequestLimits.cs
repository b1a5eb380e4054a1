using Microsoft.AspNetCore.Http.Features;

namespace Amity.Security;

/// <summary>
/// The largest request body the app reads. The biggest thing anyone sends is an article (a million characters at most,
/// three bytes each in Hangul) or a spreadsheet to import; Kestrel's default of 30 MB would let fifty clients hold 1.5 GB.
/// A larger body is refused with 413 and a problem saying the limit.
/// </summary>
public static class RequestLimits
{
    public const long MaxBodyBytes = 8 * 1024 * 1024;

    /// <summary>
    /// A declared body over the limit but under this is read and thrown away before the 413 is sent: a client still
    /// sending would otherwise meet a closed connection (a broken pipe) instead of the answer. Larger ones are cut off.
    /// </summary>
    public const long DrainBytes = 64 * 1024 * 1024;

    public static IApplicationBuilder UseRequestLimits(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var size = context.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (context.Request.ContentLength is { } declared and > MaxBodyBytes and <= DrainBytes && size is { IsReadOnly: false })
        {
            size.MaxRequestBodySize = DrainBytes;
            await context.Request.Body.CopyToAsync(Stream.Null, context.RequestAborted);
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            await TypedResults.Problem($"The request body ({declared / (1024 * 1024)} MB) is larger than the {MaxBodyBytes / (1024 * 1024)} MB this app reads.",
                statusCode: StatusCodes.Status413PayloadTooLarge, title: "Request too large").ExecuteAsync(context);
            return;
        }
        if (size is { IsReadOnly: false }) size.MaxRequestBodySize = MaxBodyBytes;
        await next(context);
    });
}
