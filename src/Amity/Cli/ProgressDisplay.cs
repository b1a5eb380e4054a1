using Spectre.Console;

namespace Amity.Cli;

/// <summary>A progress bar on a terminal; silence when output goes to a file or a pipe.</summary>
public static class ProgressDisplay
{
    public static async Task<T> RunAsync<T>(string label, Func<IProgress<(int Done, int Total)>, Task<T>> work)
    {
        if (Console.IsOutputRedirected || !AnsiConsole.Profile.Capabilities.Interactive)
            return await work(new Progress<(int, int)>(_ => { }));

        T result = default!;
        await AnsiConsole.Progress().StartAsync(async context =>
        {
            var task = context.AddTask(label);
            result = await work(new SynchronousProgress(p =>
            {
                task.MaxValue = Math.Max(1, p.Total);
                task.Value = p.Done;
            }));
            task.Value = task.MaxValue;
        });
        return result;
    }

    public static Task RunAsync(string label, Func<IProgress<(int Done, int Total)>, Task> work) =>
        RunAsync<bool>(label, async progress => { await work(progress); return true; });

    private sealed class SynchronousProgress(Action<(int Done, int Total)> report) : IProgress<(int Done, int Total)>
    {
        public void Report((int Done, int Total) value) => report(value);
    }
}
