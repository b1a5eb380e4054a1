using Amity.Data;
using Amity.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Amity.People;

public sealed class DetailModel(AmityDb db, TimeProvider clock) : PageModel
{
    public PersonProfile Profile { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var profile = await PersonProfile.LoadAsync(db, id, clock.Date(), ct);
        if (profile is null) return NotFound();
        Profile = profile;
        return Page();
    }
}
