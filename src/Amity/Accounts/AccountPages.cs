using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.RateLimiting;

namespace Amity.Accounts;

/// <summary>The pages whose rule is not the default one (any role reads, editors change).</summary>
public static class AccountPages
{
    public static void Authorize(PageConventionCollection conventions)
    {
        conventions.AllowAnonymousToPage("/Accounts/SignIn");
        conventions.AllowAnonymousToPage("/Accounts/AccessDenied");
        conventions.AddPageApplicationModelConvention("/Accounts/SignIn", page => page.EndpointMetadata.Add(new EnableRateLimitingAttribute(AccountsSetup.SignInRateLimit)));
        conventions.AuthorizePage("/Accounts/SignOut", Policies.SignedIn);
        conventions.AuthorizePage("/Accounts/CalendarKey", Policies.SignedIn);
        conventions.AuthorizePage("/Accounts/Users", Policies.Admin);
        conventions.AuthorizePage("/Accounts/Tokens", Policies.Admin);
        conventions.AuthorizePage("/Audit/Index", Policies.Admin);
        // Published news is public; editing it is not (its Edit page keeps the default rule).
        conventions.AuthorizePage("/News/Index", Policies.PublicRead);
        conventions.AuthorizePage("/News/Detail", Policies.PublicRead);
    }
}
