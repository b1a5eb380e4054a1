using Amity.Data;
using Amity.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Amity.Briefings;

public sealed class IndexModel(AmityDb db, TimeProvider clock) : PageModel
{
    public Briefing Briefing { get; private set; } = null!;
    public string Back { get; private set; } = "/";

    public async Task<IActionResult> OnGetAsync(string kind, int id, CancellationToken ct)
    {
        var today = clock.Date();
        (var briefing, Back) = kind switch
        {
            "people" => (await Briefing.ForPersonAsync(db, id, today, ct), $"/people/{id}"),
            "partners" => (await Briefing.ForPartnerAsync(db, id, today, ct), $"/partners/{id}"),
            "engagements" => (await Briefing.ForEngagementAsync(db, id, today, ct), $"/engagements/{id}"),
            _ => (null, "/"),
        };
        if (briefing is null) return NotFound();
        Briefing = briefing;
        return Page();
    }
}
