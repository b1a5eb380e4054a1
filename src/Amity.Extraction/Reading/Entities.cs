namespace Amity.Extraction.Reading;

/// <summary>
/// Entities are compared by reference; a counter gives each one a hash code cheaper than the runtime's identity hash,
/// which the per-sentence sets and dictionaries would otherwise compute for every new entity.
/// </summary>
internal abstract class Entity
{
    private static int _next;
    private readonly int _hash = Interlocked.Increment(ref _next);

    public sealed override int GetHashCode() => _hash;

    public sealed override bool Equals(object? obj) => ReferenceEquals(this, obj);
}

/// <summary>An organization found in the article; merged entities point to the one that absorbed them.</summary>
internal sealed class OrgEntity(string name, string kind, int sentence) : Entity
{
    public string Name { get; set; } = name;
    public string Kind { get; set; } = kind;
    public int FirstSentence { get; } = sentence;
    public List<string> Acronyms { get; } = [];
    public OrgEntity? MergedInto { get; set; }
    /// <summary>Only a venue or context mention; emitted when nothing else says otherwise.</summary>
    public bool IsRegion => Kind == "region";
    public int Mentions { get; set; }
    /// <summary>Registered as a place only because a capitalised word stood after "in", "to", "from" or "visit(ed)".</summary>
    public bool ReadAfterPreposition { get; set; }
    /// <summary>
    /// "Government of X", "X County Government" read as the region X: the region stands for it in ties, offices and
    /// hosts, and the government is still listed as a body of its own (kind agency), as the sample corpus lists a
    /// province's people's government beside the province.
    /// </summary>
    public bool IsGovernmentOfRegion { get; set; }

    public OrgEntity Canon
    {
        get
        {
            var o = this;
            for (var hops = 0; o.MergedInto is not null && hops < 32; hops++) o = o.MergedInto;
            return o;
        }
    }

    public override string ToString() => Name;
}

/// <summary>How sure the extractor is of a person's organization; a stronger source replaces a weaker one.</summary>
internal enum OrgSource { None, Home, Nearby, OnBehalf, Explicit }

/// <summary>A person found in the article.</summary>
internal sealed class PersonEntity(string name, int sentence, IReadOnlyList<string> words) : Entity
{
    public string Name { get; set; } = name;
    public HashSet<string> Words { get; set; } = new(words, StringComparer.Ordinal);
    public string? Title { get; set; }
    public OrgEntity? Org { get; set; }
    public OrgSource OrgSource { get; set; }
    public int FirstSentence { get; set; } = sentence;
    public PersonEntity? MergedInto { get; set; }
    public bool HasTitle => Title is not null;

    public PersonEntity Canon
    {
        get
        {
            var p = this;
            for (var hops = 0; p.MergedInto is not null && hops < 32; hops++) p = p.MergedInto;
            return p;
        }
    }

    public void SetOrg(OrgEntity? org, OrgSource source)
    {
        if (org is null || source <= OrgSource) return;
        Org = org;
        OrgSource = source;
    }

    public override string ToString() => Name;
}

/// <summary>An event being assembled.</summary>
internal sealed class EventEntity(string name, string kind, int sentence) : Entity
{
    public string Name { get; set; } = name;
    public string Kind { get; } = kind;
    public PartialDate? Date { get; set; }
    public string? Location { get; set; }
    public List<OrgEntity> Orgs { get; } = [];
    public int Sentence { get; } = sentence;
}

internal sealed class EngagementDraft(string kind, int sentence) : Entity
{
    public string Kind { get; set; } = kind;
    public PartialDate? Date { get; set; }
    public bool DateIsGuess { get; set; }
    /// <summary>Dated by no sentence of its own: the guess of the month gave way to the story's day at the end.</summary>
    public bool TookTheStoryDay { get; set; }
    /// <summary>"also held talks with …": said as another occasion than the one before.</summary>
    public bool SaidAsAnother { get; set; }
    public string? Location { get; set; }
    public OrgEntity? Host { get; set; }
    public List<PersonEntity> Participants { get; } = [];
    public int Sentence { get; } = sentence;
    public bool Dropped { get; set; }

    public void Add(PersonEntity p)
    {
        p = p.Canon;
        if (!Participants.Contains(p)) Participants.Add(p);
    }
}

internal sealed class AgreementDraft(string? title, int sentence) : Entity
{
    public string? Title { get; set; } = title;
    public PartialDate? Date { get; set; }
    public List<PersonEntity> Signatories { get; } = [];
    public List<OrgEntity> Parties { get; } = [];
    public SortedSet<string> Areas { get; } = new(StringComparer.Ordinal);
    public List<string> Commitments { get; } = [];
    public int Sentence { get; } = sentence;
}

internal sealed class InvitationDraft(EventEntity? ev, string? eventName, PersonEntity? from, PersonEntity to, int sentence)
{
    public EventEntity? Event { get; } = ev;
    public string? EventName { get; } = eventName;
    public PersonEntity? From { get; } = from;
    public PersonEntity To { get; } = to;
    public PartialDate? Date { get; set; }
    public int Sentence { get; } = sentence;
}

internal sealed class RelationshipDraft(string kind, List<OrgEntity> parties, PartialDate? since, int sentence)
{
    public string Kind { get; set; } = kind;
    public List<OrgEntity> Parties { get; } = parties;
    public PartialDate? Since { get; set; } = since;
    /// <summary>How sure the start is: 0 the day the story reports, guessed; 1 a day the text gives with the tie; 2 an earlier date after a word of a beginning ("signed in 2011"); 3 a day of the story on which the tie was signed.</summary>
    public int SinceStrength { get; set; }
    public int Sentence { get; } = sentence;

    /// <summary>"… was signed in Westport on 14 May 2011" after the tie was first read with a weaker date: the stronger one wins.</summary>
    /// <summary>Signed in the story before its day was known: no earlier date replaces the day the reader will fill in.</summary>
    public bool AwaitsStoryDay { get; private set; }

    /// <summary>The tie was reported signed in the story, on a day not yet known: wait for it (see <see cref="AwaitsStoryDay"/>).</summary>
    public void AwaitStoryDay()
    {
        if (Since is not null) return;
        AwaitsStoryDay = true;
        SinceStrength = 3;
    }

    public void TakeSince(PartialDate? since, int strength)
    {
        // The day a tie began replaces its year read as surely ("in 2009", then "on 14 March 2009").
        var finer = since is { } f && Since is { } h && f.Year == h.Year && h.Month is null && f.Month is not null && strength >= SinceStrength;
        if (since is null || (Since is not null || AwaitsStoryDay) && strength <= SinceStrength && !finer) return;
        Since = since;
        SinceStrength = strength;
    }
}