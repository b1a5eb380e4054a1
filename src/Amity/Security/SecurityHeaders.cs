namespace Amity.Security;

/// <summary>
/// The headers that make every response safe to render: a Content-Security-Policy that lets only the app's own files run
/// and style a page (no inline script or style anywhere, so an injected tag does nothing), no framing, no MIME sniffing,
/// no referrer beyond the site, no device APIs, and HSTS outside Development when the request came over HTTPS.
/// </summary>
public static class SecurityHeaders
{
    public const string Policy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
        "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>
    /// The API reference (Scalar) boots from an inline module script, compiles code at run time and styles itself from
    /// script, so under /scalar alone inline script, eval and inline style are allowed; it still loads only the app's own
    /// files and cannot be framed.
    /// </summary>
    public const string ApiReferencePolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public const string ApiReferencePath = "/scalar";

    public const string PermissionsPolicy = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

    public const string StrictTransportSecurity = "max-age=31536000; includeSubDomains";

    public static IApplicationBuilder UseSecurityHeaders(this WebApplication app)
    {
        var development = app.Environment.IsDevelopment();
        return app.Use((context, next) =>
        {
            // Set when the response starts, because the exception handler clears headers before it writes its problem.
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments(ApiReferencePath) ? ApiReferencePolicy : Policy;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "same-origin";
                headers["Permissions-Policy"] = PermissionsPolicy;
                headers["Cross-Origin-Opener-Policy"] = "same-origin";
                if (!development && context.Request.IsHttps) headers.StrictTransportSecurity = StrictTransportSecurity;
                return Task.CompletedTask;
            });
            return next(context);
        });
    }
}
