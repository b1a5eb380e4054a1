using Amity.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Amity.Accounts;

/// <summary>Replaces the signed-in user's calendar key: every subscription made with the old address stops working.</summary>
public sealed class CalendarKeyModel(AmityDb db) : PageModel
{
    public IActionResult OnGet() => LocalRedirect("/calendar");

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var name = User.Identity?.Name;
        var user = await db.Users.FirstOrDefaultAsync(u => u.UserName == name, ct);
        if (user is null) return NotFound();
        user.CalendarKey = AmityUser.NewCalendarKey();
        await db.SaveChangesAsync(ct);
        TempData["Saved"] = "Your calendar address is new; subscribe again with it.";
        return LocalRedirect("/calendar");
    }
}
