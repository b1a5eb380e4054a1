using Amity.Data;
using Amity.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Amity.Partners;

public sealed class DetailModel(AmityDb db, TimeProvider clock) : PageModel
{
    public PartnerProfile Profile { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var profile = await PartnerProfile.LoadAsync(db, id, clock.Date(), ct);
        if (profile is null) return NotFound();
        Profile = profile;
        return Page();
    }
}
