using System.Diagnostics;

namespace Amity.Tests.Cli;

/// <summary>The built program, run as a user runs it, against real databases.</summary>
public class CommandLineTests
{
    private static Task<(int Code, string Out, string Error)> RunAsync(params string[] args) => Shell.RunAsync(args);

    [Fact]
    public async Task EveryVerbExplainsItselfWithHelp()
    {
        var root = await RunAsync("--help");
        Assert.Equal(0, root.Code);
        foreach (var verb in new[] { "serve", "export", "import", "db", "ingest", "eval" }) Assert.Contains(verb, root.Out);
        foreach (var verb in new[] { new[] { "serve", "--help" }, ["export", "--help"], ["import", "--help"], ["db", "migrate", "--help"], ["ingest", "--help"], ["eval", "--help"] })
        {
            var help = await RunAsync(verb);
            Assert.Equal(0, help.Code);
            Assert.Contains("Usage", help.Out);
        }
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task MigrateExportAndImportWorkFromTheShell(DatabaseProvider provider)
    {
        await using var source = await TestDatabase.CreateAsync(provider, migrate: false);
        await using var target = await TestDatabase.CreateAsync(provider, migrate: false);
        var migrated = await RunAsync("db", "migrate", "--db", source.ConnectionString);
        Assert.True(migrated.Code == 0, migrated.Error);
        Assert.Contains("Applied", migrated.Out);

        await using (var db = source.Open()) await DemoData.LoadIfEmptyAsync(db, CancellationToken.None);
        var file = Path.Combine(Path.GetTempPath(), $"amity-export-{Guid.NewGuid():N}.json");
        try
        {
            var exported = await RunAsync("export", file, "--db", source.ConnectionString);
            Assert.True(exported.Code == 0, exported.Error);
            var imported = await RunAsync("import", file, "--db", target.ConnectionString);
            Assert.True(imported.Code == 0, imported.Error);
            Assert.Contains("Imported", imported.Out);

            var again = await RunAsync("import", file, "--db", target.ConnectionString);
            Assert.Equal(1, again.Code);
            Assert.Contains("unchanged", again.Error);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task ExportingADatabaseThatIsNotMigratedSaysWhatToDoAndWritesNothing()
    {
        await using var source = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, migrate: false);
        var file = Path.Combine(Path.GetTempPath(), $"amity-export-{Guid.NewGuid():N}.json");
        var result = await RunAsync("export", file, "--db", source.ConnectionString);
        Assert.Equal(1, result.Code);
        Assert.Contains("not migrated; run ./amity db migrate first", result.Error);
        Assert.DoesNotContain("Unhandled", result.Error);
        Assert.False(File.Exists(file));
    }

    [Fact]
    public async Task ImportingAMissingFileSaysSo()
    {
        await using var target = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, migrate: false);
        var result = await RunAsync("import", "/nonexistent/amity.json", "--db", target.ConnectionString);
        Assert.NotEqual(0, result.Code);
        Assert.Contains("does not exist", result.Error);
    }
}

public class IngestCommandTests
{
    private static Task<(int Code, string Out, string Error)> RunAsync(params string[] args) => Shell.RunAsync(args);

    [Fact]
    public async Task IngestWithJsonPrintsTheExtraction()
    {
        var result = await RunAsync("ingest", SampleArticles.Path(SampleArticles.GyeonggiLiaoning), "--json");
        Assert.True(result.Code == 0, result.Error);
        var json = System.Text.Json.JsonDocument.Parse(result.Out).RootElement;
        Assert.Equal("amity-extraction/1", json.GetProperty("format").GetString());
    }

    [Fact]
    public async Task EvalScoresTheSampleCorpusAndEndsWithTheOverallF1()
    {
        var result = await RunAsync("eval", SampleArticles.Folder);
        Assert.True(result.Code == 0, result.Error);
        var last = result.Out.TrimEnd().Split('\n')[^1];
        Assert.Matches(@"^overall F1 [01]\.\d{3}$", last);
        Assert.Contains("people", result.Out);
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task IngestWithCommitWritesOnceAndReadsBadFilesWithAClearMessage(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, migrate: false);
        var first = await RunAsync("ingest", SampleArticles.Path(SampleArticles.GyeonggiLiaoning), "--commit", "--db", database.ConnectionString);
        Assert.True(first.Code == 0, first.Error);
        Assert.Contains("new article", first.Out);
        var second = await RunAsync("ingest", SampleArticles.Path(SampleArticles.GyeonggiLiaoning), "--commit", "--db", database.ConnectionString);
        Assert.Contains("0 records created", second.Out);

        var folder = Directory.CreateTempSubdirectory("amity-ingest-");
        try
        {
            var empty = Path.Combine(folder.FullName, "empty.txt");
            File.WriteAllText(empty, "");
            var binary = Path.Combine(folder.FullName, "image.txt");
            File.WriteAllBytes(binary, [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x00, 0x0D]);
            var emptyResult = await RunAsync("ingest", empty, "--db", database.ConnectionString);
            Assert.Equal(1, emptyResult.Code);
            Assert.Contains("empty.txt: is empty", emptyResult.Error);
            var binaryResult = await RunAsync("ingest", binary, "--json");
            Assert.Contains("binary", binaryResult.Error);
            var badDate = await RunAsync("ingest", empty, "--published", "24 April");
            Assert.Contains("YYYY-MM-DD", badDate.Error);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}

internal static class Shell
{
    public static Task<(int Code, string Out, string Error)> RunAsync(params string[] args) => RunWithInputAsync("", args);

    /// <summary>Runs the program with this text on its standard input (a password, say), then closes it.</summary>
    public static async Task<(int Code, string Out, string Error)> RunWithInputAsync(string input, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Amity.dll"));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        if (input.Length > 0) await process.StandardInput.WriteAsync(input);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }
}
