using Amity.Extraction;

namespace Amity.Ingestion;

public enum ProposalType { Organization, Person, Relationship, Event, Engagement, Agreement, Invitation }

/// <summary>
/// One record an article proposes, with the sentence it came from and whether it is already on record.
/// Exactly one of the typed fields is set, matching <see cref="Type"/>.
/// </summary>
public sealed record Proposal
{
    public required int Key { get; init; }
    public required ProposalType Type { get; init; }
    /// <summary>A one-line summary for a reviewer.</summary>
    public required string Label { get; init; }
    /// <summary>The record already on file that this proposal is; null when it would be new.</summary>
    public int? MatchId { get; init; }
    public bool IsNew => MatchId is null;
    public Evidence? Evidence { get; init; }
    /// <summary>The sentence of the article the record came from.</summary>
    public string? Sentence { get; init; }

    public ExtractedOrganization? Organization { get; init; }
    public ExtractedPerson? Person { get; init; }
    public ExtractedRelationship? Relationship { get; init; }
    public ExtractedEvent? Event { get; init; }
    public ExtractedEngagement? Engagement { get; init; }
    public ExtractedAgreement? Agreement { get; init; }
    public ExtractedInvitation? Invitation { get; init; }
}

/// <summary>What an article proposes, in review order: organizations and people first, since the rest refer to them.</summary>
public sealed record IngestionPlan
{
    public required ArticleInfo Article { get; init; }
    /// <summary>The news item already on record for this article (same title and date), if it was ingested before.</summary>
    public int? ArticleMatchId { get; init; }
    public required IReadOnlyList<Proposal> Proposals { get; init; }
}

public enum DecisionAction { Accept, Reject, Edit }

/// <summary>A reviewer's decision on one proposal; an edit carries the corrected record in the proposal's typed field.</summary>
public sealed record Decision
{
    public required int Key { get; init; }
    public DecisionAction Action { get; init; } = DecisionAction.Accept;
    public ExtractedOrganization? Organization { get; init; }
    public ExtractedPerson? Person { get; init; }
    public ExtractedRelationship? Relationship { get; init; }
    public ExtractedEvent? Event { get; init; }
    public ExtractedEngagement? Engagement { get; init; }
    public ExtractedAgreement? Agreement { get; init; }
    public ExtractedInvitation? Invitation { get; init; }
}

public enum Outcome { Created, Matched, Rejected, Skipped }

public sealed record ProposalOutcome(int Key, ProposalType Type, string Label, Outcome Outcome, int? RecordId, string? Reason);

public sealed record IngestionResult
{
    public required int ArticleId { get; init; }
    public bool ArticleCreated { get; init; }
    public required IReadOnlyList<ProposalOutcome> Outcomes { get; init; }
    public int Created => Outcomes.Count(o => o.Outcome == Outcome.Created);
    public int Matched => Outcomes.Count(o => o.Outcome == Outcome.Matched);
}
