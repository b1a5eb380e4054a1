using Amity.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Amity.Reports;

public sealed class IndexModel(AmityDb db) : PageModel
{
    public ActivityReport Report { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => Report = await ActivityReport.LoadAsync(db, ct);
}
