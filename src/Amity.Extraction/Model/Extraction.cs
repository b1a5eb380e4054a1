namespace Amity.Extraction;

/// <summary>
/// One article's extraction in the <c>amity-extraction/1</c> format (see <c>shared/docs/extraction-format.md</c>).
/// The same shape serves extractor output and gold files; gold files may add <c>aliases</c> and <c>optional</c>.
/// </summary>
public sealed record Extraction
{
    /// <summary>The format identifier written into every document.</summary>
    public const string FormatId = "amity-extraction/1";

    /// <summary>Always <see cref="FormatId"/>.</summary>
    public string Format { get; init; } = FormatId;

    /// <summary>Title and publication date of the article.</summary>
    public ArticleInfo Article { get; init; } = new();

    /// <summary>Named people with the position they hold.</summary>
    public IReadOnlyList<ExtractedPerson> People { get; init; } = [];

    /// <summary>Regions, legislatures, universities, agencies, companies and other bodies.</summary>
    public IReadOnlyList<ExtractedOrganization> Organizations { get; init; } = [];

    /// <summary>Sister, friendship and parliamentary ties between organizations.</summary>
    public IReadOnlyList<ExtractedRelationship> Relationships { get; init; } = [];

    /// <summary>Meetings, visits, calls and dinners.</summary>
    public IReadOnlyList<ExtractedEngagement> Engagements { get; init; } = [];

    /// <summary>Agreements signed or renewed.</summary>
    public IReadOnlyList<ExtractedAgreement> Agreements { get; init; } = [];

    /// <summary>Who invited whom to what.</summary>
    public IReadOnlyList<ExtractedInvitation> Invitations { get; init; } = [];

    /// <summary>Forums, expos, tours, tournaments, exhibitions and other occasions.</summary>
    public IReadOnlyList<ExtractedEvent> Events { get; init; } = [];
}

/// <summary>Title and publication date (ISO 8601 <c>yyyy-MM-dd</c>) of an article.</summary>
public sealed record ArticleInfo
{
    /// <summary>The first non-empty line of the article.</summary>
    public string? Title { get; init; }

    /// <summary>The publication date, <c>yyyy-MM-dd</c>, when known.</summary>
    public string? Published { get; init; }
}

/// <summary>The character span <c>[Start, End)</c> of the sentence a record came from.</summary>
/// <param name="Start">Index of the first character of the sentence in the input.</param>
/// <param name="End">Index just past the last character of the sentence.</param>
public sealed record Evidence(int Start, int End);

/// <summary>A named person. Gold files may list <see cref="Aliases"/> and mark a record <see cref="Optional"/>.</summary>
public sealed record ExtractedPerson
{
    /// <summary>The full name as the article writes it.</summary>
    public string Name { get; init; } = "";
    /// <summary>The position as written ("Party Secretary", "Director").</summary>
    public string? Title { get; init; }
    /// <summary>The body the position belongs to.</summary>
    public string? Organization { get; init; }
    /// <summary>Gold only: other names that count as this person.</summary>
    public IReadOnlyList<string>? Aliases { get; init; }
    /// <summary>Gold only: a reasonable reader might or might not list this record.</summary>
    public bool? Optional { get; init; }
    /// <summary>The sentence the record came from.</summary>
    public Evidence? Evidence { get; init; }
}

/// <summary>An organization; <see cref="Kind"/> is one of region, legislature, university, institute, office, museum, arts, company, agency, other.</summary>
public sealed record ExtractedOrganization
{
    /// <summary>The full name as the article writes it.</summary>
    public string Name { get; init; } = "";
    /// <summary>region, legislature, university, institute, office, museum, arts, company, agency or other.</summary>
    public string? Kind { get; init; }
    /// <summary>Other names for the organization ("GBC").</summary>
    public IReadOnlyList<string>? Aliases { get; init; }
    /// <summary>Gold only: a reasonable reader might or might not list this record.</summary>
    public bool? Optional { get; init; }
    /// <summary>The sentence the record came from.</summary>
    public Evidence? Evidence { get; init; }
}

/// <summary>A tie between organizations; <see cref="Kind"/> is sister, friendship, parliamentary or other.</summary>
public sealed record ExtractedRelationship
{
    /// <summary>sister, friendship, parliamentary or other.</summary>
    public string? Kind { get; init; }
    /// <summary>The organizations tied, by name.</summary>
    public IReadOnlyList<string> Parties { get; init; } = [];
    /// <summary>When the tie began (ISO 8601 at the precision the text gives).</summary>
    public string? Since { get; init; }
    /// <summary>Gold only: a reasonable reader might or might not list this record.</summary>
    public bool? Optional { get; init; }
    /// <summary>The sentence the record came from.</summary>
    public Evidence? Evidence { get; init; }
}

/// <summary>One occasion on which named people met; <see cref="Kind"/> is meeting, visit, call, dinner or other.</summary>
public sealed record ExtractedEngagement
{
    /// <summary>meeting, visit, call, dinner or other.</summary>
    public string? Kind { get; init; }
    /// <summary>ISO 8601 at the precision the text gives.</summary>
    public string? Date { get; init; }
    /// <summary>Where it took place.</summary>
    public string? Location { get; init; }
    /// <summary>The named people who took part.</summary>
    public IReadOnlyList<string> Participants { get; init; } = [];
    /// <summary>The organization that hosted it.</summary>
    public string? Host { get; init; }
    /// <summary>Gold only: a reasonable reader might or might not list this record.</summary>
    public bool? Optional { get; init; }
    /// <summary>The sentence the record came from.</summary>
    public Evidence? Evidence { get; init; }
}

/// <summary>An agreement; <see cref="Areas"/> uses the vocabulary of the format.</summary>
public sealed record ExtractedAgreement
{
    /// <summary>The agreement's name as the text gives it.</summary>
    public string? Title { get; init; }
    /// <summary>When it was signed (ISO 8601 at the precision the text gives).</summary>
    public string? Date { get; init; }
    /// <summary>The organizations bound by it.</summary>
    public IReadOnlyList<string> Parties { get; init; } = [];
    /// <summary>The people who signed it.</summary>
    public IReadOnlyList<string> Signatories { get; init; } = [];
    /// <summary>economy, trade, investment, industry, science-technology, agriculture, culture, tourism, sports, education, health, environment, youth, governance, other.</summary>
    public IReadOnlyList<string> Areas { get; init; } = [];
    /// <summary>What the parties undertake, as short clauses.</summary>
    public IReadOnlyList<string> Commitments { get; init; } = [];
    /// <summary>Gold only: a reasonable reader might or might not list this record.</summary>
    public bool? Optional { get; init; }
    /// <summary>The sentence the record came from.</summary>
    public Evidence? Evidence { get; init; }
}

/// <summary>An invitation: <see cref="From"/> invited <see cref="To"/> to <see cref="Event"/>.</summary>
public sealed record ExtractedInvitation
{
    /// <summary>What the invitation is to.</summary>
    public string? Event { get; init; }
    /// <summary>Who invited.</summary>
    public string? From { get; init; }
    /// <summary>Who was invited.</summary>
    public string? To { get; init; }
    /// <summary>When the invitation was made.</summary>
    public string? Date { get; init; }
    /// <summary>Gold only: a reasonable reader might or might not list this record.</summary>
    public bool? Optional { get; init; }
    /// <summary>The sentence the record came from.</summary>
    public Evidence? Evidence { get; init; }
}

/// <summary>An occasion other than an engagement; <see cref="Kind"/> is forum, expo, tour, tournament, exhibition, performance, festival, conference, training or other.</summary>
public sealed record ExtractedEvent
{
    /// <summary>The event's name.</summary>
    public string Name { get; init; } = "";
    /// <summary>forum, expo, tour, tournament, exhibition, performance, festival, conference, training or other.</summary>
    public string? Kind { get; init; }
    /// <summary>When it takes (or took) place.</summary>
    public string? Date { get; init; }
    /// <summary>Where it takes place.</summary>
    public string? Location { get; init; }
    /// <summary>Organizations that hold or take part in it.</summary>
    public IReadOnlyList<string>? Organizations { get; init; }
    /// <summary>Gold only: a reasonable reader might or might not list this record.</summary>
    public bool? Optional { get; init; }
    /// <summary>The sentence the record came from.</summary>
    public Evidence? Evidence { get; init; }
}
