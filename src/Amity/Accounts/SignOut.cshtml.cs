using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Amity.Accounts;

/// <summary>Signing out is a post (with its antiforgery token), so a link or an image elsewhere cannot sign anyone out.</summary>
public sealed class SignOutModel(SignInManager<AmityUser> signIn) : PageModel
{
    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        return LocalRedirect("/sign-in");
    }
}
