using Amity.Api;
using Amity.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Caching.Memory;

namespace Amity.Accounts;

/// <summary>/api/v1/tokens: admins list, create and revoke API tokens from a script, as on the tokens page.</summary>
public static class TokensApi
{
    public sealed record TokenRecord(string Name, string Role, string Prefix, DateTimeOffset CreatedAt, string? CreatedBy, DateTimeOffset? RevokedAt);
    public sealed record CreateToken(string Name, string Role);
    public sealed record CreatedToken(TokenRecord Token, string Secret);

    public static IEndpointRouteBuilder MapTokens(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/tokens").WithTags("Accounts").RequireAuthorization(Policies.Admin);
        group.MapGet("/", List).WithSummary("List API tokens (never their secrets).");
        group.MapGet("/{name}", Get).WithSummary("One API token by name (never its secret).");
        group.MapPost("/", Create).WithSummary("Create an API token; the answer holds its secret, shown this once.");
        group.MapDelete("/{name}", Revoke).WithSummary("Revoke an API token by name.");
        return routes;
    }

    private static async Task<Ok<List<TokenRecord>>> List(AmityDb db, CancellationToken ct) =>
        TypedResults.Ok((await Tokens.ListAsync(db, ct)).Select(AsRecord).ToList());

    private static async Task<Results<Ok<TokenRecord>, ProblemHttpResult>> Get(string name, AmityDb db, CancellationToken ct) =>
        await Tokens.FindAsync(db, name, ct) is { } token
            ? TypedResults.Ok(AsRecord(token))
            : TypedResults.Problem($"There is no token named '{name}'.", statusCode: StatusCodes.Status404NotFound, title: "Not found");

    private static async Task<Results<Created<CreatedToken>, ValidationProblem>> Create(CreateToken body, AmityDb db, HttpContext http, TimeProvider clock, CancellationToken ct)
    {
        var errors = new Errors();
        if (Tokens.CheckName(body.Name) is { } nameProblem) errors.Add("name", nameProblem);
        if (!Roles.IsRole(body.Role)) errors.Add("role", $"'{body.Role}' is not a role: use {string.Join(", ", Roles.All)}");
        if (errors.Any) return Problems.Invalid(errors);
        try
        {
            var created = await Tokens.CreateAsync(db, body.Name, body.Role, http.User.Identity?.Name, clock, ct);
            return TypedResults.Created($"/api/v1/tokens/{Uri.EscapeDataString(body.Name)}", new CreatedToken(AsRecord(created.Token), created.Secret));
        }
        catch (ArgumentException e)
        {
            errors.Add("name", e.Message.Split(" (Parameter", 2)[0]);
            return Problems.Invalid(errors);
        }
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> Revoke(string name, AmityDb db, IMemoryCache cache, TimeProvider clock, CancellationToken ct)
    {
        if (await Tokens.RevokeAsync(db, name, clock, ct) is not { } revoked)
            return TypedResults.Problem($"There is no active token named '{name}'.", statusCode: StatusCodes.Status404NotFound, title: "Not found");
        TokenAuthenticationHandler.Forget(cache, revoked.Hash);
        return TypedResults.NoContent();
    }

    private static TokenRecord AsRecord(ApiToken t) => new(t.Name, t.Role, t.Prefix, t.CreatedAt, t.CreatedBy, t.RevokedAt);
}
