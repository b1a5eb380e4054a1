using System.Security.Cryptography.X509Certificates;
using System.Threading.RateLimiting;
using Amity.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;

namespace Amity.Accounts;

/// <summary>
/// Who may do what. Every endpoint is closed by default: the fallback policy lets any role read (GET, HEAD) and only
/// editors and admins change (any other method). Endpoints that differ say so where they are mapped: admin pages and
/// APIs require <see cref="Policies.Admin"/>; published news, the sign-in page, /health, static files and the calendar
/// feed (which checks its own secret address) allow anonymous callers.
/// </summary>
public static class AccountsSetup
{
    /// <summary>Reads a bearer token when the request carries one, else the sign-in cookie.</summary>
    public const string CookieOrBearer = "cookie-or-bearer";
    public const string SignInRateLimit = "sign-in";

    public static readonly TimeSpan LockoutFor = TimeSpan.FromMinutes(15);
    public const int FailuresBeforeLockout = 5;

    /// <summary>The account store alone, for the command line (user add, token create).</summary>
    public static IServiceCollection AddAmityAccountStore(this IServiceCollection services)
    {
        services.AddIdentityCore<AmityUser>(ConfigureIdentity).AddRoles<IdentityRole>().AddEntityFrameworkStores<AmityDb>();
        return services;
    }

    /// <summary>Accounts, sign-in, tokens, authorization, data-protection keys in the database, sign-in rate limit.</summary>
    public static IServiceCollection AddAmityAccounts(this IServiceCollection services, X509Certificate2? keyCertificate = null)
    {
        // Keys in the database, so every instance on one database reads every other's cookies and antiforgery tokens;
        // encrypted when a certificate is given (KeyProtection).
        var keys = services.AddDataProtection().SetApplicationName("Amity").PersistKeysToDbContext<AmityDb>();
        if (keyCertificate is not null) keys.ProtectKeysWithCertificate(keyCertificate).UnprotectKeysWithAnyCertificate(keyCertificate);
        services.AddMemoryCache();

        services.AddIdentity<AmityUser, IdentityRole>(ConfigureIdentity).AddEntityFrameworkStores<AmityDb>();
        // A role change or a password reset signs the user out everywhere within a minute (Identity checks the stamp).
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));
        services.AddAuthentication(o =>
            {
                o.DefaultScheme = CookieOrBearer;
                o.DefaultAuthenticateScheme = CookieOrBearer;
                o.DefaultChallengeScheme = CookieOrBearer;
                o.DefaultForbidScheme = CookieOrBearer;
            })
            .AddPolicyScheme(CookieOrBearer, "Sign-in cookie or bearer token", o => o.ForwardDefaultSelector = context =>
                TokenAuthenticationHandler.TryReadBearer(context.Request, out _) ? TokenAuthenticationHandler.SchemeName : IdentityConstants.ApplicationScheme)
            .AddScheme<AuthenticationSchemeOptions, TokenAuthenticationHandler>(TokenAuthenticationHandler.SchemeName, null);
        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "amity.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            // Secure whenever the request came over HTTPS; a loopback or demo server on plain HTTP must still be usable.
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
            o.LoginPath = "/sign-in";
            o.LogoutPath = "/sign-out";
            o.AccessDeniedPath = "/access-denied";
            // API clients get a status code, not a redirect to a page they cannot fill in.
            o.Events.OnRedirectToLogin = context => RedirectOrStatus(context, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = context => RedirectOrStatus(context, StatusCodes.Status403Forbidden);
        });

        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "amity.antiforgery";
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });

        services.AddSingleton<IAuthorizationHandler, ByMethodHandler>();
        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Read, p => p.RequireRole(Roles.Readers))
            .AddPolicy(Policies.Edit, p => p.RequireRole(Roles.Editors))
            .AddPolicy(Policies.Admin, p => p.RequireRole(Roles.Admin))
            .AddPolicy(Policies.SignedIn, p => p.RequireAuthenticatedUser())
            .AddPolicy(Policies.PublicRead, p => p.AddRequirements(new ByMethodRequirement(PublicReads: true)))
            .SetDefaultPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().AddRequirements(new ByMethodRequirement(PublicReads: false)).Build());

        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = async (context, ct) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "60";
                await context.HttpContext.Response.WriteAsync("Too many sign-in attempts from this address; wait a minute and try again.", ct);
            };
            // Attempts to sign in (posts) are limited per client address; showing the form is not.
            o.AddPolicy(SignInRateLimit, context => HttpMethods.IsPost(context.Request.Method)
                ? RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = 10, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
                : RateLimitPartition.GetNoLimiter("show"));
        });
        return services;
    }

    private static void ConfigureIdentity(IdentityOptions o)
    {
        // Length over composition rules (NIST SP 800-63B): a long passphrase beats "Passw0rd!".
        o.Password.RequiredLength = 10;
        o.Password.RequireDigit = false;
        o.Password.RequireLowercase = false;
        o.Password.RequireUppercase = false;
        o.Password.RequireNonAlphanumeric = false;
        o.Password.RequiredUniqueChars = 4;
        o.Lockout.AllowedForNewUsers = true;
        o.Lockout.MaxFailedAccessAttempts = FailuresBeforeLockout;
        o.Lockout.DefaultLockoutTimeSpan = LockoutFor;
        o.User.RequireUniqueEmail = false;
        o.SignIn.RequireConfirmedAccount = false;
    }

    private static Task RedirectOrStatus(RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
    {
        if (IsApi(context.Request))
        {
            context.Response.StatusCode = status;
            if (status == StatusCodes.Status401Unauthorized) context.Response.Headers.WWWAuthenticate = "Bearer realm=\"Amity\"";
        }
        else context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }

    public static bool IsApi(HttpRequest request) =>
        request.Path.StartsWithSegments("/api") || request.Path.StartsWithSegments("/openapi");
}

/// <summary>
/// The rule for every endpoint that names none: reading needs any role (or nobody, for public pages), changing needs
/// editor or admin.
/// </summary>
public sealed record ByMethodRequirement(bool PublicReads) : IAuthorizationRequirement;

public sealed class ByMethodHandler : AuthorizationHandler<ByMethodRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, ByMethodRequirement requirement)
    {
        var method = (context.Resource as HttpContext)?.Request.Method ?? HttpMethods.Post;
        var reading = HttpMethods.IsGet(method) || HttpMethods.IsHead(method);
        if (reading && requirement.PublicReads) context.Succeed(requirement);
        else if (reading ? context.User.CanRead() : context.User.CanEdit()) context.Succeed(requirement);
        return Task.CompletedTask;
    }
}
