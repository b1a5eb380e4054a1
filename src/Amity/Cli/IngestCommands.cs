using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Amity.Data;
using Amity.Extraction;
using Amity.Ingestion;
using Microsoft.EntityFrameworkCore;

namespace Amity.Cli;

/// <summary>`ingest` and `eval`: press releases in, proposed or committed records out, and the extractor's score.</summary>
internal static class IngestCommands
{
    public static Command Ingest(Func<ParseResult, string> connectionString)
    {
        var files = new Argument<FileInfo[]>("FILE") { Description = "Articles as text files.", Arity = ArgumentArity.OneOrMore };
        var published = new Option<string?>("--published") { Description = "The publication date (YYYY-MM-DD), when the article does not give one; it overrides the article's." };
        var json = new Option<bool>("--json") { Description = "Print the extraction (amity-extraction/1) instead of the review." };
        var commit = new Option<bool>("--commit") { Description = "Accept every proposal and write them in one transaction per article, linked to the article." };
        var command = new Command("ingest", "Read press releases: propose the records each reports, marked new or matched to records on file; --commit writes them.")
        {
            files, published, json, commit,
        };
        command.SetAction(async (parse, ct) =>
        {
            DateOnly? date = null;
            if (parse.GetValue(published) is { } given)
            {
                if (!DateOnly.TryParseExact(given, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
                {
                    Console.Error.WriteLine($"ingest: --published must be a date of the form YYYY-MM-DD, not '{given}'.");
                    return 2;
                }
                date = d;
            }
            var articles = new List<(FileInfo File, string Text)>();
            foreach (var file in parse.GetValue(files)!)
            {
                var (content, error) = ReadArticle(file);
                if (error is not null)
                {
                    Console.Error.WriteLine($"ingest: {file.Name}: {error}");
                    return 1;
                }
                articles.Add((file, content!));
            }

            if (parse.GetValue(json))
            {
                var extractions = articles.Select(a => ArticleExtractor.Extract(a.Text, date)).ToList();
                Console.WriteLine(extractions.Count == 1
                    ? ExtractionJson.Serialize(extractions[0])
                    : "[" + string.Join(",\n", extractions.Select(ExtractionJson.Serialize)) + "]");
                return 0;
            }

            await using var db = Database.Open(connectionString(parse));
            await db.MigrateIfPendingAsync(ct);
            var failed = false;
            foreach (var (file, text) in articles)
            {
                try
                {
                    if (parse.GetValue(commit))
                    {
                        var result = await Ingester.CommitAsync(db, text, date, file.Name, [], ct);
                        Console.WriteLine($"{file.Name}: {(result.ArticleCreated ? "new" : "known")} article {result.ArticleId}; {result.Created} records created, {result.Matched} matched.");
                        foreach (var o in result.Outcomes.Where(o => o.Outcome == Outcome.Skipped))
                            Console.WriteLine($"  skipped {o.Type.ToString().ToLowerInvariant()} \"{o.Label}\": {o.Reason}");
                    }
                    else
                    {
                        Print(file.Name, await Ingester.PlanAsync(db, text, date, ct));
                    }
                }
                catch (Exception e) when (e is ExtractionInputException or IngestionException)
                {
                    Console.Error.WriteLine($"ingest: {file.Name}: {e.Message}");
                    failed = true;
                }
            }
            return failed ? 1 : 0;
        });
        return command;
    }

    public static Command Eval()
    {
        var directory = new Argument<DirectoryInfo>("DIR") { Description = "A folder of articles X.txt, each with X.gold.json beside it." };
        var command = new Command("eval", "Score the extractor on a folder of articles with gold files: precision, recall and F1 per category; last line: overall F1.") { directory };
        command.SetAction(parse =>
        {
            var dir = parse.GetValue(directory)!;
            try
            {
                var report = ArticleCorpus.Evaluate(dir.FullName);
                Console.WriteLine(report.Format());
                return 0;
            }
            catch (ExtractionInputException e)
            {
                Console.Error.WriteLine($"eval: {e.Message}");
                return 1;
            }
        });
        return command;
    }

    /// <summary>The file as text, or why it cannot be read as an article.</summary>
    internal static (string? Text, string? Error) ReadArticle(FileInfo file)
    {
        if (!file.Exists) return (null, "no such file");
        if (file.Length > 64L * 1024 * 1024) return (null, $"is {file.Length / 1024 / 1024} MB; an article is at most 64 MB");
        var bytes = File.ReadAllBytes(file.FullName);
        if (bytes.Length == 0) return (null, "is empty");
        if (Array.IndexOf(bytes, (byte)0) >= 0 && !HasUtf16Bom(bytes)) return (null, "holds binary data, not text");
        try
        {
            using var reader = new StreamReader(new MemoryStream(bytes), new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true);
            var text = reader.ReadToEnd();
            return string.IsNullOrWhiteSpace(text) ? (null, "holds only white space") : (text, null);
        }
        catch (DecoderFallbackException)
        {
            return (null, "is not UTF-8 text");
        }
    }

    private static bool HasUtf16Bom(byte[] bytes) => bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF));

    private static void Print(string name, IngestionPlan plan)
    {
        Console.WriteLine($"{name}: \"{plan.Article.Title}\" ({plan.Article.Published ?? "no date"}){(plan.ArticleMatchId is { } id ? $", already on record as article {id}" : "")}");
        foreach (var p in plan.Proposals)
        {
            var state = p.MatchId is { } match ? $"matched #{match}" : "new";
            Console.WriteLine($"  [{p.Key}] {p.Type.ToString().ToLowerInvariant(),-12} {state,-12} {p.Label}");
            if (p.Sentence is { } sentence) Console.WriteLine($"       \"{(sentence.Length > 160 ? sentence[..157] + "..." : sentence)}\"");
        }
        Console.WriteLine($"  {plan.Proposals.Count(p => p.IsNew)} new, {plan.Proposals.Count(p => !p.IsNew)} matched. Run with --commit to write them.");
    }
}

/// <summary>`synth`: a realistic synthetic dataset of any size, for measuring Amity at national scale.</summary>
internal static class SynthCommand
{
    public static Command Create(Func<ParseResult, string> connectionString)
    {
        var scale = new Option<double>("--scale") { Description = "1 makes about 10,000 organizations, 50,000 people, 200,000 engagements, 20,000 agreements with 100,000 commitments and 50,000 articles; it grows linearly.", DefaultValueFactory = _ => 1 };
        var seed = new Option<int>("--seed") { Description = "The same seed and scale always give the same records.", DefaultValueFactory = _ => 1 };
        var command = new Command("synth", "Fill an empty database with a realistic synthetic dataset, deterministically.") { scale, seed };
        command.SetAction(async (parse, ct) =>
        {
            var factor = parse.GetValue(scale);
            if (factor is <= 0 or > 100)
            {
                Console.Error.WriteLine("synth: --scale must be more than 0 and at most 100.");
                return 2;
            }
            await using var db = Database.Open(connectionString(parse));
            await db.MigrateIfPendingAsync(ct);
            if (await db.Organizations.AnyAsync(ct) || await db.People.AnyAsync(ct))
            {
                Console.Error.WriteLine("synth: the database already holds records; synth fills an empty database.");
                return 1;
            }
            var size = Amity.Synth.SynthSize.At(factor);
            var started = System.Diagnostics.Stopwatch.StartNew();
            var rows = await ProgressDisplay.RunAsync("Synthesizing", progress => new Amity.Synth.Synthesizer(db, size, parse.GetValue(seed)).RunAsync(progress, ct));
            Console.WriteLine($"Wrote {rows:N0} records ({size.Organizations:N0} organizations, {size.People:N0} people, {size.Engagements:N0} engagements, " +
                $"{size.Agreements:N0} agreements with {size.Commitments:N0} commitments, {size.Articles:N0} articles) in {started.Elapsed.TotalSeconds:N1} s.");
            return 0;
        });
        return command;
    }
}
