using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Amity.Extraction;

/// <summary>Reads and writes <c>amity-extraction/1</c> JSON: camelCase, nulls omitted, indented, non-ASCII printed as is.</summary>
public static class ExtractionJson
{
    /// <summary>The options used for both directions; exposed so hosts can embed the format in their own JSON.</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            PropertyNameCaseInsensitive = true,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            WriteIndented = true,
            // Relaxed escaping keeps Hangul, Hanzi and accented Latin readable in the file.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            AllowTrailingCommas = true,
            ReadCommentHandling = JsonCommentHandling.Skip,
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    /// <summary>Writes an extraction as indented JSON.</summary>
    public static string Serialize(Extraction extraction)
    {
        ArgumentNullException.ThrowIfNull(extraction);
        return JsonSerializer.Serialize(extraction, Options);
    }

    /// <summary>Reads an extraction or gold file.</summary>
    /// <exception cref="ExtractionInputException">The text is not an amity-extraction/1 document.</exception>
    public static Extraction Deserialize(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        Extraction? result;
        try
        {
            result = JsonSerializer.Deserialize<Extraction>(json, Options);
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $" (line {line + 1})" : "";
            throw new ExtractionInputException($"Not a valid amity-extraction/1 document{where}: {e.Message}", e);
        }
        if (result is null)
            throw new ExtractionInputException("Not a valid amity-extraction/1 document: it is empty or null.");
        if (result.Format is { Length: > 0 } format && format != Extraction.FormatId)
            throw new ExtractionInputException($"Unsupported format \"{format}\"; expected \"{Extraction.FormatId}\".");
        return Normalize(result);
    }

    // JSON may spell a list as null; the model promises non-null lists.
    private static Extraction Normalize(Extraction e) => e with
    {
        Article = e.Article ?? new ArticleInfo(),
        People = e.People ?? [],
        Organizations = e.Organizations ?? [],
        Relationships = (e.Relationships ?? []).Select(r => r with { Parties = r.Parties ?? [] }).ToList(),
        Engagements = (e.Engagements ?? []).Select(r => r with { Participants = r.Participants ?? [] }).ToList(),
        Agreements = (e.Agreements ?? []).Select(r => r with
        {
            Parties = r.Parties ?? [], Signatories = r.Signatories ?? [], Areas = r.Areas ?? [], Commitments = r.Commitments ?? [],
        }).ToList(),
        Invitations = e.Invitations ?? [],
        Events = e.Events ?? [],
    };
}
