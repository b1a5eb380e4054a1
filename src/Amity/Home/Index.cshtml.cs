using Amity.Data;
using Amity.Shared;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Amity.Home;

public sealed class IndexModel(AmityDb db, TimeProvider clock) : PageModel
{
    public Dashboard Dashboard { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => Dashboard = await Dashboard.LoadAsync(db, clock.Date(), ct);
}
