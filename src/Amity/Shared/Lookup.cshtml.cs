using Amity.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Amity.Shared;

/// <summary>
/// What a record picker suggests for the text typed so far: at most <see cref="Choices.Suggestions"/> records as
/// <c>[{ "id": 12, "label": "Liaoning Province", "lang": null }]</c>, read on indexes, so that a form never lists a whole register.
/// </summary>
public sealed class LookupModel(AmityDb db) : PageModel
{
    public sealed record Suggestion(int Id, string Label, string? Lang);

    public async Task<IActionResult> OnGetAsync(string kind, [FromQuery(Name = "q")] string? q, CancellationToken ct)
    {
        var text = (q ?? "").Trim();
        if (text.Length > 100) text = text[..100];
        var items = kind switch
        {
            "organizations" => await Choices.FindOrganizationsAsync(db, text, ct),
            "people" => await Choices.FindPeopleAsync(db, text, ct),
            "events" => await Choices.FindEventsAsync(db, text, ct),
            "engagements" => await Choices.FindEngagementsAsync(db, text, ct),
            _ => null,
        };
        if (items is null) return NotFound();
        return new JsonResult(items.Select(i => new Suggestion(int.Parse(i.Value, System.Globalization.CultureInfo.InvariantCulture), i.Text, Names.Lang(i.Text))));
    }
}
