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

    public static IApplicationBuilder UseRequestLimits(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size) size.MaxRequestBodySize = MaxBodyBytes;
        return next(context);
    });
}
