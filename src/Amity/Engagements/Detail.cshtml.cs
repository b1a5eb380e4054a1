using Amity.Data;
using Amity.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Amity.Engagements;

public sealed class DetailModel(AmityDb db, TimeProvider clock) : PageModel
{
    public EngagementProfile Profile { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var profile = await EngagementProfile.LoadAsync(db, id, clock.Date(), ct);
        if (profile is null) return NotFound();
        Profile = profile;
        return Page();
    }
}
