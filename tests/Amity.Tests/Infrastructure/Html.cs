using System.Net;
using System.Text.RegularExpressions;

namespace Amity.Tests.Infrastructure;

/// <summary>Reads pages as a person does: the text without its markup, and the parts a test needs from the markup.</summary>
public static partial class Html
{
    /// <summary>The visible text of a page or fragment, tags removed, entities decoded and whitespace collapsed.</summary>
    public static string Text(string html)
    {
        var noScripts = ScriptOrStyle().Replace(html, " ");
        var text = WebUtility.HtmlDecode(Tag().Replace(noScripts, " "));
        return Spaces().Replace(text, " ").Trim();
    }

    /// <summary>The markup of the element with this id, up to the end of the section it opens.</summary>
    public static string Section(string html, string id)
    {
        var start = html.IndexOf($"id=\"{id}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"The page has no element with id '{id}'.");
        var end = html.IndexOf("</section>", start, StringComparison.Ordinal);
        return end < 0 ? html[start..] : html[start..end];
    }

    /// <summary>The antiforgery token of the first form on the page, for posting it back.</summary>
    public static string AntiforgeryToken(string html)
    {
        var match = Token().Match(html);
        Assert.True(match.Success, "The page has no antiforgery token.");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    [GeneratedRegex("<(script|style)[^>]*>.*?</\\1>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex ScriptOrStyle();
    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();
    [GeneratedRegex("\\s+")]
    private static partial Regex Spaces();
    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
