using System.Diagnostics;

namespace Amity.Data;

/// <summary>
/// Wall and CPU time of each phase of a long operation (an import: reading, checking, each table, the search index, the indexes),
/// so that a benchmark can say where the time goes. CPU time is the process's, which on a busy machine says more than wall time.
/// </summary>
public sealed class Laps
{
    private readonly List<(string Phase, TimeSpan Wall, TimeSpan Cpu)> _laps = [];
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

    public override string ToString() =>
        string.Join(Environment.NewLine, _laps.Select(l => $"{l.Phase,-28} {l.Wall.TotalSeconds,8:N2} s wall {l.Cpu.TotalSeconds,8:N2} s CPU"));
}
