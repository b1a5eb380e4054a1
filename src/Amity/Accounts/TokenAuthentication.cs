using System.Security.Claims;
using System.Text.Encodings.Web;
using Amity.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Amity.Accounts;

/// <summary>
/// <c>Authorization: Bearer TOKEN</c>. The principal is named "token:NAME" so that the audit trail tells a script
/// from a person. Lookups are cached for a few seconds: an API call then costs no extra query, and a revoke made on
/// this instance takes effect at once (the cache entry is dropped), on other instances within <see cref="CacheFor"/>.
/// </summary>
public sealed class TokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, IMemoryCache cache)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Bearer";
    public static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(10);

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!TryReadBearer(Request, out var secret)) return AuthenticateResult.NoResult();
        if (secret.Length is 0 or > 200) return AuthenticateResult.Fail("The bearer token is malformed.");

        var hash = Tokens.Hash(secret);
        if (!cache.TryGetValue(CacheKey(hash), out TokenIdentity? identity))
        {
            var db = Context.RequestServices.GetRequiredService<AmityDb>();
            var token = await Tokens.FindActiveAsync(db, secret, Context.RequestAborted);
            identity = token is null ? null : new TokenIdentity(token.Name, token.Role);
            cache.Set(CacheKey(hash), identity, CacheFor);
        }
        // The token itself is never logged: only whether it matched.
        if (identity is null) return AuthenticateResult.Fail("The bearer token is unknown or revoked.");

        var principal = new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, "token:" + identity.Name), new Claim(ClaimTypes.Role, identity.Role), new Claim("amity:token", identity.Name)],
            SchemeName));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer realm=\"Amity\"";
        return Task.CompletedTask;
    }

    /// <summary>Drops a token's cached lookup, so a revoke takes effect on this instance at once.</summary>
    public static void Forget(IMemoryCache cache, string hash) => cache.Remove(CacheKey(hash));

    public static bool TryReadBearer(HttpRequest request, out string secret)
    {
        secret = "";
        var header = request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) return false;
        secret = header["Bearer ".Length..].Trim();
        return true;
    }

    private static string CacheKey(string hash) => "amity-token:" + hash;

    private sealed record TokenIdentity(string Name, string Role);
}
