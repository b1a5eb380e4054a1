using System.Globalization;
using Amity.Agreements;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Amity.Shared;

/// <summary>Small pieces of markup the pages repeat: links to records, names in their own script, progress bars. Everything is encoded.</summary>
public static class Ui
{
    public static IHtmlContent Link(string href, string text, string? lang = null)
    {
        var a = new TagBuilder("a");
        a.Attributes["href"] = href;
        if ((lang ?? Names.Lang(text)) is { } l) a.Attributes["lang"] = l;
        a.InnerHtml.Append(text);
        return a;
    }

    /// <summary>A name with, beside it, the name in its own script (김동연, 郝鹏) tagged with its language.</summary>
    public static IHtmlContent Name(string name, string? native)
    {
        var content = new HtmlContentBuilder();
        var main = new TagBuilder("span");
        if (Names.Lang(name) is { } lang) main.Attributes["lang"] = lang;
        main.InnerHtml.Append(name);
        content.AppendHtml(main);
        if (!string.IsNullOrWhiteSpace(native) && native != name)
        {
            var span = new TagBuilder("span");
            span.AddCssClass("native");
            if (Names.Lang(native) is { } l) span.Attributes["lang"] = l;
            span.InnerHtml.Append(native);
            content.AppendHtml(span);
        }
        return content;
    }

    public static IHtmlContent Person(int id, string name, string? native = null)
    {
        var a = new TagBuilder("a");
        a.Attributes["href"] = $"/people/{id}";
        a.InnerHtml.AppendHtml(Name(name, native));
        return a;
    }

    public static IHtmlContent Organization(int? id, string name) =>
        id is { } i ? Link($"/partners/{i}", name) : new HtmlString("");

    public static IHtmlContent Time(string? partialDate)
    {
        var time = new TagBuilder("time");
        if (partialDate is not null) time.Attributes["datetime"] = partialDate;
        time.InnerHtml.Append(Show.Date(partialDate));
        return time;
    }

    /// <summary>
    /// A bar of done (dark) and in-progress (light) commitments, with the count in words for screen readers and paper.
    /// Drawn as SVG rectangles sized by attributes, because the Content-Security-Policy forbids inline style attributes.
    /// </summary>
    public static IHtmlContent Progress(CommitmentHealth.Progress progress, string label)
    {
        var bar = new TagBuilder("div");
        bar.AddCssClass("progress");
        bar.Attributes["role"] = "img";
        bar.Attributes["aria-label"] = label;
        var svg = new TagBuilder("svg");
        svg.Attributes["viewBox"] = "0 0 100 1";
        svg.Attributes["preserveAspectRatio"] = "none";
        svg.Attributes["aria-hidden"] = "true";
        svg.InnerHtml.AppendHtml(Rectangle("done", 0, progress.Percent));
        svg.InnerHtml.AppendHtml(Rectangle("doing", progress.Percent, progress.InProgressPercent));
        bar.InnerHtml.AppendHtml(svg);
        return bar;
    }

    private static TagBuilder Rectangle(string css, int x, int width)
    {
        var rect = new TagBuilder("rect") { TagRenderMode = TagRenderMode.SelfClosing };
        rect.AddCssClass(css);
        rect.Attributes["x"] = x.ToString(CultureInfo.InvariantCulture);
        rect.Attributes["width"] = width.ToString(CultureInfo.InvariantCulture);
        rect.Attributes["height"] = "1";
        return rect;
    }

    public static IHtmlContent Tag(string text, string? kind = null)
    {
        var span = new TagBuilder("span");
        span.AddCssClass("tag");
        if (kind is not null) span.AddCssClass(kind);
        span.InnerHtml.Append(text);
        return span;
    }
}
