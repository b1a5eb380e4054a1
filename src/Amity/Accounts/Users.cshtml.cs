using Amity.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Amity.Accounts;

/// <summary>Admins add users, change roles, reset passwords and lift lockouts.</summary>
public sealed class UsersModel(AmityDb db, UserManager<AmityUser> users, RoleManager<IdentityRole> roles, TimeProvider clock) : PageModel
{
    public List<Users.Listed> All { get; private set; } = [];

    [BindProperty] public string? NewName { get; set; }
    [BindProperty] public string NewRole { get; set; } = Roles.Viewer;
    [BindProperty] public string? NewPassword { get; set; }

    public async Task OnGetAsync() => All = await Users.ListAsync(users, clock);

    public async Task<IActionResult> OnPostAddAsync()
    {
        if (string.IsNullOrWhiteSpace(NewName)) ModelState.AddModelError(nameof(NewName), "A user needs a name.");
        if (string.IsNullOrEmpty(NewPassword)) ModelState.AddModelError(nameof(NewPassword), "A user needs a password.");
        if (ModelState.IsValid)
        {
            var (user, errors) = await Users.AddAsync(db, users, roles, NewName!.Trim(), NewRole, NewPassword!, clock);
            if (user is not null) return Saved($"Added {user.UserName} as {NewRole}.");
            foreach (var e in errors) ModelState.AddModelError("", e);
        }
        NewPassword = null;
        await OnGetAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostRoleAsync(string id, string role)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null) return NotFound();
        if (user.UserName == User.Identity?.Name && role != Roles.Admin)
            return Refused("You cannot take the admin role from yourself; another admin can.");
        var errors = await Users.SetRoleAsync(db, users, roles, user, role);
        return errors.Count == 0 ? Saved($"{user.UserName} is now {role}.") : Refused(string.Join(" ", errors));
    }

    public async Task<IActionResult> OnPostUnlockAsync(string id)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null) return NotFound();
        await Users.UnlockAsync(db, users, user);
        return Saved($"{user.UserName} can sign in again.");
    }

    private RedirectToPageResult Saved(string message)
    {
        TempData["Saved"] = message;
        return RedirectToPage();
    }

    private IActionResult Refused(string message)
    {
        TempData["Refused"] = message;
        return RedirectToPage();
    }
}
