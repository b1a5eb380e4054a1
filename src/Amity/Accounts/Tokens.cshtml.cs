using Amity.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Caching.Memory;

namespace Amity.Accounts;

/// <summary>Admins create API tokens (the secret is shown once) and revoke them.</summary>
public sealed class TokensModel(AmityDb db, IMemoryCache cache, TimeProvider clock) : PageModel
{
    public List<ApiToken> All { get; private set; } = [];
    /// <summary>The secret of the token just created; shown on this response only, never stored.</summary>
    public string? Secret { get; private set; }

    [BindProperty] public string? NewName { get; set; }
    [BindProperty] public string NewRole { get; set; } = Roles.Viewer;

    public async Task OnGetAsync(CancellationToken ct) => All = await Tokens.ListAsync(db, ct);

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            await OnGetAsync(ct);
            return Page();
        }
        try
        {
            var created = await Tokens.CreateAsync(db, NewName?.Trim() ?? "", NewRole, User.Identity?.Name, clock, ct);
            Secret = created.Secret;
            NewName = null;
        }
        catch (ArgumentException e)
        {
            ModelState.AddModelError(nameof(NewName), e.Message.Split(" (Parameter", 2)[0]);
        }
        await OnGetAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(string name, CancellationToken ct)
    {
        if (await Tokens.RevokeAsync(db, name, clock, ct) is not { } revoked) return NotFound();
        TokenAuthenticationHandler.Forget(cache, revoked.Hash);
        TempData["Saved"] = $"Revoked {name}.";
        return RedirectToPage();
    }
}
