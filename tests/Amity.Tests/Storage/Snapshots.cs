using System.Diagnostics;
using System.Text;
using Amity.Exchange;

namespace Amity.Tests.Storage;

/// <summary>What a database holds, as the lossless export document: two databases hold the same data when these are equal.</summary>
public static class Snapshots
{
    public static async Task<string> ExportAsync(string connectionString)
    {
        await using var db = Amity.Data.Database.Open(connectionString);
        using var stream = new MemoryStream();
        await ExportDocument.WriteAsync(db, stream, new Progress<(int, int)>(), CancellationToken.None);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    public static Task<string> ExportAsync(TestDatabase database) => ExportAsync(database.ConnectionString);

    public static string SqliteFile(TestDatabase database) =>
        new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(database.ConnectionString).DataSource;

    public static string Connection(string sqliteFile) =>
        new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder { DataSource = sqliteFile, Pooling = false }.ToString();
}

/// <summary>The built command line as a child process that a test can watch and kill, as a crash or an operator would.</summary>
public sealed class AmityProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _out = new();
    private readonly StringBuilder _error = new();

    private AmityProcess(Process process) => _process = process;

    public static AmityProcess Start(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Amity.dll"));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        var process = new Process { StartInfo = start };
        var started = new AmityProcess(process);
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (started._out) started._out.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (started._error) started._error.AppendLine(e.Data); };
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return started;
    }

    public bool HasExited => _process.HasExited;
    public int ExitCode => _process.ExitCode;
    public string Output { get { lock (_out) return _out.ToString(); } }
    public string Error { get { lock (_error) return _error.ToString(); } }

    /// <summary>SIGKILL: no handler runs, no transaction is finished or rolled back by the process itself.</summary>
    public void Kill()
    {
        if (!_process.HasExited) Process.Start("kill", ["-KILL", _process.Id.ToString()])!.WaitForExit();
        _process.WaitForExit();
    }

    public async Task WaitAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cancel.Token);
        _process.WaitForExit();
    }

    public void Dispose()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.Dispose();
    }
}
