using Amity.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Amity.Reports;

public sealed class IndexModel(AmityDb db, ReportCache reports) : PageModel
{
    public ActivityReport Report { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => Report = await reports.GetAsync(db, ct);
}
