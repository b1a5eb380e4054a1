using Amity.Extraction.Reading;
using Amity.Extraction.Text;

namespace Amity.Extraction;

/// <summary>
/// Turns a press release into proposed records in the amity-extraction/1 format. Pure, deterministic and
/// thread-safe: every call works on its own state. Time grows linearly with the length of the text.
/// </summary>
public static class ArticleExtractor
{
    /// <summary>The longest text accepted, in characters (about 64 MB of UTF-16).</summary>
    public const int MaxLength = 32 * 1024 * 1024;

    /// <summary>
    /// Extracts people, organizations, relationships, engagements, agreements, invitations and events.
    /// The first non-empty line is the title; a line such as <c>Created 2024-04-24</c> gives the publication date,
    /// which <paramref name="published"/> overrides. Relative dates are resolved against it. HTML is read as text.
    /// </summary>
    /// <param name="text">The article: plain text or HTML.</param>
    /// <param name="published">The publication date, when known from elsewhere.</param>
    /// <exception cref="ExtractionInputException">The text is longer than <see cref="MaxLength"/>.</exception>
    public static Extraction Extract(string text, DateOnly? published = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > MaxLength)
            throw new ExtractionInputException($"The article is {text.Length:N0} characters long; the extractor reads at most {MaxLength:N0}.");
        if (string.IsNullOrWhiteSpace(text))
            return new Extraction { Article = new ArticleInfo { Published = published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) } };
        return new ArticleReader(TextCleaner.Clean(text), published).Read();
    }
}
