using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Amity.Shared;

namespace Amity.Accounts;

public sealed class SignInModel(SignInManager<AmityUser> signIn, IStringLocalizer<Text> t) : PageModel
{
    public sealed class Form
    {
        [Required] public string? UserName { get; set; }
        [Required] public string? Password { get; set; }
    }

    [BindProperty] public Form Input { get; set; } = new();
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();
        // Lockout counts failures, so guessing stops after a few tries; the message never says whether the name exists.
        var result = await signIn.PasswordSignInAsync(Input.UserName!, Input.Password!, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded) return LocalRedirect(SafeReturn(ReturnUrl));
        ModelState.AddModelError("", result.IsLockedOut
            ? t["Too many failed attempts: this account is locked for {0} minutes.", (int)AccountsSetup.LockoutFor.TotalMinutes]
            : t["The user name or password is wrong."]);
        Input.Password = null;
        return Page();
    }

    /// <summary>Only a path on this site is followed after signing in, so a link cannot send someone elsewhere.</summary>
    public static string SafeReturn(string? url) =>
        url is { Length: > 0 } && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal) ? url : "/";
}
