using System.Text;
using Amity.Data;
using Amity.Extraction;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Amity.Ingestion;

/// <summary>
/// A press release in, reviewed records out: the reviewer pastes or uploads an article, sees each proposed record with its
/// sentence highlighted, marked new or matched, then accepts, edits or rejects each; accepting writes them in one transaction.
/// </summary>
public sealed class ReviewModel(AmityDb db, IStringLocalizer<Amity.Shared.Text> t) : PageModel
{
    [BindProperty] public string? Text { get; set; }
    [BindProperty] public DateOnly? Published { get; set; }
    [BindProperty] public string? Source { get; set; }
    [BindProperty] public IFormFile? Upload { get; set; }
    [BindProperty] public List<ReviewRow> Rows { get; set; } = [];

    public IngestionPlan? Plan { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostProposeAsync(CancellationToken ct)
    {
        if (Upload is { Length: > 0 })
        {
            var (text, error) = await ReadUploadAsync(Upload, ct);
            if (error is not null) ModelState.AddModelError(nameof(Upload), error);
            else
            {
                Text = text;
                Source ??= Upload.FileName;
            }
        }
        if (ModelState.IsValid && string.IsNullOrWhiteSpace(Text)) ModelState.AddModelError(nameof(Text), t["Paste the article, or choose a file."]);
        if (!ModelState.IsValid) return Page();
        if (!await PlanAsync(ct)) return Page();
        Rows = [.. Plan!.Proposals.Select(ReviewRow.From)];
        ModelState.Clear();
        return Page();
    }

    public async Task<IActionResult> OnPostCommitAsync(CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(Text) || !await PlanAsync(ct)) return Page();
        var proposals = Plan!.Proposals.ToDictionary(p => p.Key);
        var decisions = new List<Decision>();
        for (var i = 0; i < Rows.Count; i++)
        {
            var row = Rows[i];
            if (!proposals.TryGetValue(row.Key, out var proposal)) continue;
            if (row.Date is { Length: > 0 } date && !Amity.Data.PartialDate.TryParse(date, out _))
                ModelState.AddModelError($"Rows[{i}].Date", t["Write the date as YYYY, YYYY-MM or YYYY-MM-DD."]);
            if (row.Accept && row.Name is not null && string.IsNullOrWhiteSpace(row.Name) && proposal.Type is ProposalType.Person or ProposalType.Organization or ProposalType.Event)
                ModelState.AddModelError($"Rows[{i}].Name", t["A name is needed."]);
            decisions.Add(row.ToDecision(proposal));
        }
        if (!ModelState.IsValid) return Page();
        try
        {
            var result = await Ingester.CommitAsync(db, Text!, Published, Source, decisions, ct);
            TempData["Saved"] = t["Ingested: {0} records created, {1} matched to records on file.", result.Created, result.Matched].Value;
            return Redirect($"/news/{result.ArticleId}");
        }
        catch (IngestionException e)
        {
            ModelState.AddModelError(nameof(Published), e.Message);
            return Page();
        }
    }

    private async Task<bool> PlanAsync(CancellationToken ct)
    {
        try
        {
            Plan = await Ingester.PlanAsync(db, Text!, Published, ct);
            return true;
        }
        catch (ExtractionInputException e)
        {
            ModelState.AddModelError(nameof(Text), e.Message);
            return false;
        }
    }

    /// <summary>The uploaded file as text, or why it is not an article: empty, too large, binary, or not UTF-8.</summary>
    private async Task<(string? Text, string? Error)> ReadUploadAsync(IFormFile file, CancellationToken ct)
    {
        if (file.Length > IngestionApi.MaxArticleBytes) return (null, t["The file is larger than {0} MB; press releases are a few kilobytes.", IngestionApi.MaxArticleBytes / 1024 / 1024]);
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct);
        var bytes = buffer.ToArray();
        if (Array.IndexOf(bytes, (byte)0) >= 0) return (null, t["The file holds binary data, not text."]);
        try
        {
            var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes).TrimStart('\uFEFF');
            return string.IsNullOrWhiteSpace(text) ? (null, t["The file is empty."]) : (text, null);
        }
        catch (DecoderFallbackException)
        {
            return (null, t["The file is not UTF-8 text."]);
        }
    }

    /// <summary>Where a matched record lives in the app.</summary>
    public static string? Href(Proposal p) => p.MatchId is not { } id ? null : p.Type switch
    {
        ProposalType.Organization => $"/partners/{id}",
        ProposalType.Person => $"/people/{id}",
        ProposalType.Engagement => $"/engagements/{id}",
        ProposalType.Agreement => $"/agreements/{id}",
        ProposalType.Event => $"/events/{id}",
        ProposalType.Relationship => $"/relationships/{id}/edit",
        _ => $"/invitations/{id}/edit",
    };

    /// <summary>The text around a proposal's sentence, with the sentence itself to be highlighted.</summary>
    public (string Before, string Sentence, string After) Context(Proposal p)
    {
        if (Text is null || p.Evidence is not { } e || e.Start < 0 || e.End > Text.Length || e.End <= e.Start) return ("", p.Sentence ?? "", "");
        var from = Math.Max(0, e.Start - 120);
        var to = Math.Min(Text.Length, e.End + 120);
        return ((from > 0 ? "…" : "") + Text[from..e.Start], Text[e.Start..e.End], Text[e.End..to] + (to < Text.Length ? "…" : ""));
    }
}

/// <summary>A reviewer's answer to one proposal: keep it or not, and the fields a reviewer most often corrects.</summary>
public sealed class ReviewRow
{
    public int Key { get; set; }
    public bool Accept { get; set; } = true;
    /// <summary>The name of a person, organization or event, or the title of an agreement.</summary>
    public string? Name { get; set; }
    /// <summary>A person's title.</summary>
    public string? Title { get; set; }
    /// <summary>The date of an engagement, agreement, event or invitation, or when a relationship began.</summary>
    public string? Date { get; set; }

    public static ReviewRow From(Proposal p) => new()
    {
        Key = p.Key,
        Name = p.Organization?.Name ?? p.Person?.Name ?? p.Event?.Name ?? p.Agreement?.Title,
        Title = p.Person?.Title,
        Date = p.Engagement?.Date ?? p.Agreement?.Date ?? p.Event?.Date ?? p.Invitation?.Date ?? p.Relationship?.Since,
    };

    public Decision ToDecision(Proposal p)
    {
        if (!Accept) return new Decision { Key = Key, Action = DecisionAction.Reject };
        var proposed = From(p);
        if (proposed.Name == Name && proposed.Title == Title && proposed.Date == Date) return new Decision { Key = Key };
        string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
        return p.Type switch
        {
            ProposalType.Organization => new Decision { Key = Key, Action = DecisionAction.Edit, Organization = p.Organization! with { Name = Clean(Name) ?? p.Organization.Name } },
            ProposalType.Person => new Decision { Key = Key, Action = DecisionAction.Edit, Person = p.Person! with { Name = Clean(Name) ?? p.Person.Name, Title = Clean(Title) } },
            ProposalType.Event => new Decision { Key = Key, Action = DecisionAction.Edit, Event = p.Event! with { Name = Clean(Name) ?? p.Event.Name, Date = Clean(Date) } },
            ProposalType.Agreement => new Decision { Key = Key, Action = DecisionAction.Edit, Agreement = p.Agreement! with { Title = Clean(Name), Date = Clean(Date) } },
            ProposalType.Engagement => new Decision { Key = Key, Action = DecisionAction.Edit, Engagement = p.Engagement! with { Date = Clean(Date) } },
            ProposalType.Invitation => new Decision { Key = Key, Action = DecisionAction.Edit, Invitation = p.Invitation! with { Date = Clean(Date) } },
            _ => new Decision { Key = Key, Action = DecisionAction.Edit, Relationship = p.Relationship! with { Since = Clean(Date) } },
        };
    }
}
