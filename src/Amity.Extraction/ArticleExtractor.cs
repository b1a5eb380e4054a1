namespace Amity.Extraction;

/// <summary>Turns a press release into proposed records (amity-extraction/1).</summary>
public static class ArticleExtractor
{
    /// <summary>Placeholder.</summary>
    public static Extraction Extract(string text, DateOnly? published = null) => new();
}
