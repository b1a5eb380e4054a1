namespace Amity.Tests.Infrastructure;

/// <summary>Fills in a page's form as a browser does: reads the page for its antiforgery token, then posts the fields.</summary>
public static class Forms
{
    public static async Task<(HttpResponseMessage Response, string Html)> SubmitAsync(this AmityServer server, string page, IEnumerable<KeyValuePair<string, string>> fields, string? handler = null)
    {
        var form = await server.Client.GetStringAsync(page);
        var token = Html.AntiforgeryToken(form);
        var target = handler is null ? page : $"{page}{(page.Contains('?') ? "&" : "?")}handler={handler}";
        var response = await server.Client.PostAsync(target, new FormUrlEncodedContent([.. fields, new("__RequestVerificationToken", token)]));
        return (response, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Where the browser ended up after the post and its redirect.</summary>
    public static string Landed(this HttpResponseMessage response) => response.RequestMessage!.RequestUri!.AbsolutePath;
}
