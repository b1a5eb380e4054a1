using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Amity.Tests.Security;

/// <summary>One route of the running app with one of its methods; pages (which declare no method) count as GET.</summary>
public sealed record AppRoute(string Method, RoutePattern Pattern, IReadOnlyList<string> Accepts)
{
    /// <summary>Takes its body as text (the article endpoints) rather than JSON.</summary>
    public bool TakesText => Accepts.Contains("text/plain");

    public string Template => "/" + Pattern.RawText!.TrimStart('/');
    public override string ToString() => $"{Method} {Template}";

    /// <summary>The route with each parameter replaced by its value.</summary>
    public string Path(Func<string, string> value) => "/" + string.Join("/", Pattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
    {
        RoutePatternLiteralPart literal => literal.Content,
        RoutePatternParameterPart parameter => Uri.EscapeDataString(value(parameter.Name)),
        RoutePatternSeparatorPart separator => separator.Content,
        _ => throw new InvalidOperationException($"Unexpected route part in {Template}"),
    }))));
}

/// <summary>
/// The routes read from the app's own endpoint data source, so that a route added later is covered by every test that
/// walks them without anyone remembering to list it.
/// </summary>
public static class AppEndpoints
{
    public static readonly string[] WriteMethods = ["POST", "PUT", "PATCH", "DELETE"];

    public static IReadOnlyList<AppRoute> All(AmityServer server) =>
        server.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => new AppRoute(m, e.RoutePattern,
                e.Metadata.GetOrderedMetadata<IAcceptsMetadata>().SelectMany(a => a.ContentTypes).ToList())))
            .DistinctBy(r => r.ToString())
            .OrderBy(r => r.Template, StringComparer.Ordinal).ThenBy(r => r.Method, StringComparer.Ordinal)
            .ToList();

    public static IReadOnlyList<AppRoute> Reads(AmityServer server) => All(server).Where(r => r.Method == "GET").ToList();

    public static IReadOnlyList<AppRoute> Writes(AmityServer server) => All(server).Where(r => WriteMethods.Contains(r.Method)).ToList();

    /// <summary>
    /// Values for route parameters that name real records of the server's database: the first record of the kind the
    /// route's first segment is about (partners are organizations, news are articles).
    /// </summary>
    public static async Task<Func<AppRoute, Func<string, string>>> ExistingIdsAsync(AmityServer server)
    {
        await using var db = server.OpenDb();
        var first = new Dictionary<string, int>
        {
            ["organizations"] = await db.Organizations.MinAsync(x => x.Id),
            ["relationships"] = await db.Relationships.MinAsync(x => x.Id),
            ["people"] = await db.People.MinAsync(x => x.Id),
            ["engagements"] = await db.Engagements.MinAsync(x => x.Id),
            ["agreements"] = await db.Agreements.MinAsync(x => x.Id),
            ["invitations"] = await db.Invitations.MinAsync(x => x.Id),
            ["events"] = await db.Events.MinAsync(x => x.Id),
            ["articles"] = await db.Articles.MinAsync(x => x.Id),
        };
        var agreementWithCommitment = await db.Commitments.OrderBy(c => c.Id).Select(c => new { c.AgreementId, c.Id }).FirstAsync();
        var personWithPosition = await db.People.Where(p => p.Positions.Any()).OrderBy(p => p.Id).Select(p => new { p.Id, Position = p.Positions.Min(x => x.Id) }).FirstAsync();
        return route =>
        {
            var segments = route.Template.Split('/', StringSplitOptions.RemoveEmptyEntries).Where(s => s is not "api" and not "v1" and not "briefings").ToList();
            var kind = segments.Count > 0 ? segments[0] switch { "partners" => "organizations", "news" => "articles", "{kind}" => "people", var k => k } : "";
            return parameter => parameter switch
            {
                "kind" => "people",
                "id" when kind == "agreements" && route.Template.Contains("commitment") => agreementWithCommitment.AgreementId.ToString(),
                "id" when kind == "people" && route.Template.Contains("position") => personWithPosition.Id.ToString(),
                "id" => first.TryGetValue(kind, out var id) ? id.ToString() : "1",
                "commitmentId" => agreementWithCommitment.Id.ToString(),
                "positionId" => personWithPosition.Position.ToString(),
                _ => "1",
            };
        };
    }
}
