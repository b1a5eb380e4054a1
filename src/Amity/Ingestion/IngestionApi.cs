using System.Globalization;
using System.Text;
using System.Text.Json;
using Amity.Api;
using Amity.Data;
using Amity.Extraction;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Amity.Ingestion;

public sealed record IngestRequest
{
    /// <summary>The article as plain text (or HTML, read as text).</summary>
    public required string Text { get; init; }
    /// <summary>The publication date, when the article does not give one (YYYY-MM-DD).</summary>
    public DateOnly? Published { get; init; }
    /// <summary>Where the article came from: a file name or address.</summary>
    public string? Source { get; init; }
    /// <summary>Decisions by proposal key; a proposal without one is accepted as proposed.</summary>
    public List<Decision> Decisions { get; init; } = [];
}

public static class IngestionApi
{
    /// <summary>The largest article accepted over HTTP; press releases are a few kilobytes.</summary>
    public const int MaxArticleBytes = 4 * 1024 * 1024;

    public static RouteGroupBuilder MapIngestion(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1").WithTags("Ingestion");
        group.MapPost("/extract", Extract).WithSummary("Extract records from an article sent as text/plain; answers amity-extraction/1.")
            .Accepts<string>("text/plain").Produces(StatusCodes.Status200OK, contentType: "application/json")
            // Extraction reads an article and writes nothing, so any role may use it; preview and commit are review, for editors.
            .RequireAuthorization(Amity.Accounts.Policies.Read);
        group.MapPost("/ingestions/preview", Preview).WithSummary("Propose the records of an article (text/plain), each marked new or matched to a record on file.")
            .Accepts<string>("text/plain");
        group.MapPost("/ingestions", Commit).WithSummary("Write the accepted proposals of an article in one transaction, linked to the article and their sentences.");
        return group;
    }

    public static async Task<IResult> Extract(HttpRequest request, [FromQuery] DateOnly? published, CancellationToken ct)
    {
        var (text, problem) = await ReadTextAsync(request, ct);
        if (problem is not null) return problem;
        try
        {
            var extraction = ArticleExtractor.Extract(text!, published);
            return Results.Text(ExtractionJson.Serialize(extraction), "application/json", Encoding.UTF8);
        }
        catch (ExtractionInputException e)
        {
            return TypedResults.Problem(e.Message, statusCode: StatusCodes.Status400BadRequest, title: "The article cannot be read.");
        }
    }

    public static async Task<IResult> Preview(HttpRequest request, [FromQuery] DateOnly? published, AmityDb db, CancellationToken ct)
    {
        var (text, problem) = await ReadTextAsync(request, ct);
        if (problem is not null) return problem;
        try
        {
            return TypedResults.Ok(await Ingester.PlanAsync(db, text!, published, ct));
        }
        catch (ExtractionInputException e)
        {
            return TypedResults.Problem(e.Message, statusCode: StatusCodes.Status400BadRequest, title: "The article cannot be read.");
        }
    }

    public static async Task<Results<Ok<IngestionResult>, ValidationProblem, ProblemHttpResult>> Commit(IngestRequest ingest, AmityDb db, CancellationToken ct)
    {
        var errors = new Errors();
        if (string.IsNullOrWhiteSpace(ingest.Text)) errors.Add("text", "is empty: send the article's text");
        if (Encoding.UTF8.GetByteCount(ingest.Text ?? "") > MaxArticleBytes) errors.Add("text", $"is longer than {MaxArticleBytes / 1024 / 1024} MB");
        // The text becomes the news item's body when written, so it is held to the body's length (in characters) as the articles API is.
        else if (ingest.Text?.Length > Lengths.Body) errors.Add("text", $"is longer than {Lengths.Body:N0} characters, the most a news item holds");
        // As everywhere: PostgreSQL cannot store U+0000, so no provider is given one.
        if (ingest.Text?.Contains('\0') == true) errors.Add("text", "must not contain the NUL character (U+0000)");
        if (ingest.Source?.Contains('\0') == true) errors.Add("source", "must not contain the NUL character (U+0000)");
        foreach (var duplicate in ingest.Decisions.GroupBy(d => d.Key).Where(g => g.Count() > 1)) errors.Add("decisions", $"proposal {duplicate.Key} has more than one decision");
        if (errors.Any) return Problems.Invalid(errors);
        try
        {
            return TypedResults.Ok(await Ingester.CommitAsync(db, ingest.Text!, ingest.Published, ingest.Source, ingest.Decisions, ct));
        }
        catch (Exception e) when (e is ExtractionInputException or IngestionException)
        {
            return TypedResults.Problem(e.Message, statusCode: StatusCodes.Status400BadRequest, title: "The article cannot be ingested.");
        }
    }

    /// <summary>The body as text: bounded, and refused with a clear message when it is binary or not UTF-8.</summary>
    private static async Task<(string? Text, IResult? Problem)> ReadTextAsync(HttpRequest request, CancellationToken ct)
    {
        if (request.ContentType is { } type && !type.StartsWith("text/", StringComparison.OrdinalIgnoreCase))
            return (null, TypedResults.Problem($"Send the article as text/plain, not {type}.", statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported content type"));
        if (request.ContentLength > MaxArticleBytes)
            return (null, TooLarge());
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > MaxArticleBytes) return (null, TooLarge());
        }
        var bytes = buffer.ToArray();
        if (bytes.Length == 0 || bytes.All(b => b is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t'))
            return (null, TypedResults.Problem("The body is empty: send the article's text.", statusCode: StatusCodes.Status400BadRequest, title: "Empty article"));
        if (Array.IndexOf(bytes, (byte)0) >= 0)
            return (null, TypedResults.Problem("The body holds binary data (NUL bytes), not text.", statusCode: StatusCodes.Status400BadRequest, title: "Not text"));
        try
        {
            return (new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes), null);
        }
        catch (DecoderFallbackException)
        {
            return (null, TypedResults.Problem("The body is not valid UTF-8 text.", statusCode: StatusCodes.Status400BadRequest, title: "Not text"));
        }
    }

    private static IResult TooLarge() =>
        TypedResults.Problem($"The article is larger than {MaxArticleBytes / 1024 / 1024} MB; press releases are a few kilobytes.",
            statusCode: StatusCodes.Status413PayloadTooLarge, title: "Article too large");
}
