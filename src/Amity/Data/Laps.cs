using System.Diagnostics;

namespace Amity.Data;

/// <summary>
/// Wall and CPU time of each phase of a long operation (an import: reading, checking, each table, the search index, the indexes),
/// so that a benchmark can say where the time goes. CPU time is the process's, which on a busy machine says more than wall time.
/// </summary>
public sealed class Laps
{
    private readonly List<(string Phase, TimeSpan Wall, TimeSpan Cpu)> _laps = [];
    private readonly List<(string Work, TimeSpan Wall, TimeSpan Cpu)> _beside = [];
    private readonly Stopwatch _wall = Stopwatch.StartNew();
    private TimeSpan _cpu = Process.GetCurrentProcess().TotalProcessorTime;

    public IReadOnlyList<(string Phase, TimeSpan Wall, TimeSpan Cpu)> All => _laps;

    /// <summary>Ends the current phase under this name (added to an earlier phase of the same name) and starts the next.</summary>
    public void Lap(string phase)
    {
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var wall = _wall.Elapsed;
        _wall.Restart();
        var i = _laps.FindIndex(l => l.Phase == phase);
        if (i < 0) _laps.Add((phase, wall, cpu - _cpu));
        else _laps[i] = (phase, _laps[i].Wall + wall, _laps[i].Cpu + cpu - _cpu);
        _cpu = cpu;
    }

    /// <summary>
    /// Work done on a thread of its own beside the phases (their CPU times, being the process's, include it): its wall time
    /// and its own thread's CPU time, listed after the phases.
    /// </summary>
    public void Beside(string work, TimeSpan wall, TimeSpan cpu) => _beside.Add((work, wall, cpu));

    public IReadOnlyList<(string Work, TimeSpan Wall, TimeSpan Cpu)> AllBeside => _beside;

    public override string ToString() =>
        string.Join(Environment.NewLine, _laps.Select(l => $"{l.Phase,-28} {l.Wall.TotalSeconds,8:N2} s wall {l.Cpu.TotalSeconds,8:N2} s CPU")
            .Concat(_beside.Select(b => $"(beside) {b.Work,-19} {b.Wall.TotalSeconds,8:N2} s wall {b.Cpu.TotalSeconds,8:N2} s CPU of its thread")));

    /// <summary>
    /// CPU time of each of the process's threads so far, summed by thread name (Linux; empty elsewhere): which thread of a
    /// long operation does the work. A collection of generation 0 or 1 runs on the thread whose allocation set it off, so its
    /// time counts there; the background collector has a thread of its own.
    /// </summary>
    public static IReadOnlyList<(string Thread, TimeSpan Cpu)> Threads()
    {
        if (!OperatingSystem.IsLinux()) return [];
        var byName = new Dictionary<string, double>();
        foreach (var task in Directory.GetDirectories("/proc/self/task"))
        {
            string stat;
            try { stat = File.ReadAllText(Path.Combine(task, "stat")); }
            catch (IOException) { continue; }
            var name = stat[(stat.IndexOf('(') + 1)..stat.LastIndexOf(')')];
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            var seconds = (long.Parse(fields[11], System.Globalization.CultureInfo.InvariantCulture) + long.Parse(fields[12], System.Globalization.CultureInfo.InvariantCulture)) / 100.0;
            byName[name] = byName.GetValueOrDefault(name) + seconds;
        }
        return [.. byName.Where(t => t.Value > 0).OrderByDescending(t => t.Value).Select(t => (t.Key, TimeSpan.FromSeconds(t.Value)))];
    }

    /// <summary>CPU time of the calling thread, where the system tells it (Linux); zero elsewhere.</summary>
    public static TimeSpan ThreadCpu()
    {
        if (!OperatingSystem.IsLinux()) return TimeSpan.Zero;
        // Fields 14 and 15 of /proc/thread-self/stat, after the command name in parentheses: user and system time in clock ticks (100 a second).
        var stat = File.ReadAllText("/proc/thread-self/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return TimeSpan.FromSeconds((long.Parse(fields[11], System.Globalization.CultureInfo.InvariantCulture) + long.Parse(fields[12], System.Globalization.CultureInfo.InvariantCulture)) / 100.0);
    }
}
