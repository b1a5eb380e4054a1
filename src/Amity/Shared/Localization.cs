using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace Amity.Shared;

/// <summary>English and Korean, chosen by a cookie that <c>/culture</c> sets, else by the browser's Accept-Language.</summary>
public static class Localization
{
    public static readonly string[] Cultures = ["en", "ko"];

    public static RequestLocalizationOptions Options()
    {
        var options = new RequestLocalizationOptions().SetDefaultCulture("en").AddSupportedCultures(Cultures).AddSupportedUICultures(Cultures);
        options.ApplyCurrentCultureToResponseHeaders = true;
        return options;
    }

    public static IEndpointRouteBuilder MapCulture(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/culture", (string? c, string? back, HttpContext http) =>
        {
            var culture = Cultures.Contains(c) ? c! : "en";
            http.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax });
            // Only a local path is followed back, so the switch cannot be used to send someone elsewhere.
            return TypedResults.LocalRedirect(back is { Length: > 0 } && back.StartsWith('/') && !back.StartsWith("//", StringComparison.Ordinal) ? back : "/");
        }).AllowAnonymous().ExcludeFromDescription();
        return routes;
    }

    public static bool IsKorean => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "ko";
}
