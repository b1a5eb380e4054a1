using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Amity.Data;

/// <summary>
/// Rows of one table handed to a load's search index (<see cref="SearchBeside"/>) by a reader running ahead of the writer,
/// instead of by the writer as it writes them. An import reads the article bodies, most of the search index's work, a second
/// time from the document, so that the thread beside indexes them while the writer is still on the sections before them,
/// whose tables the index does not read (at N=5 half a minute of engagements during which that thread had nothing to do).
/// The writer then writes the table's rows without handing them on, and counts them: when the load completes, the rows read
/// ahead must be the rows written, the same number with the same values, or the load fails, since the index would not
/// match the table.
/// </summary>
public sealed class SearchAhead
{
    private readonly SearchBeside _beside;
    private readonly SearchBeside.Feed _feed;
    private readonly IProperty[] _properties;
    private readonly CancellationTokenSource _stop = new();
    private Tally _read;
    private Tally _written;
    private bool _complete;
    private Exception? _failure;

    internal SearchAhead(SearchBeside beside, IEntityType type, SearchBeside.Feed feed, IProperty[] properties)
    {
        _beside = beside;
        Type = type;
        _feed = feed;
        _properties = properties;
        beside.ExpectAhead();
    }

    public IEntityType Type { get; }

    /// <summary>Cancelled once the load no longer wants the rows (it failed, or was given up): the reader should stop.</summary>
    public CancellationToken Stopping => _stop.Token;

    /// <summary>Hands rows read ahead to the search index, waiting while enough are queued; false once the load no longer wants them.</summary>
    public bool Add(IReadOnlyList<object> rows)
    {
        var values = new List<object?[]>(rows.Count);
        foreach (var row in rows)
        {
            var bound = Values(row);
            _read.Add(bound, _feed.Reads);
            values.Add(bound);
        }
        return _beside.AddAhead(_feed, values, _stop.Token);
    }

    /// <summary>The reader ahead gave every row of the table.</summary>
    public void Complete()
    {
        _complete = true;
        _beside.CompleteAhead();
    }

    /// <summary>The reader ahead stopped before the end, for this reason: the load fails if it otherwise succeeds.</summary>
    public void Stopped(Exception? reason)
    {
        _failure = reason;
        _beside.CompleteAhead();
    }

    /// <summary>Tells the reader ahead to stop (the load ended, one way or the other).</summary>
    public void Cancel() => _stop.Cancel();

    /// <summary>A row the writer wrote, counted to be compared with the rows read ahead.</summary>
    internal void Written(object row) => _written.Add(Values(row), _feed.Reads);

    /// <summary>Null when the rows read ahead are the rows written (once both are done); otherwise what differs.</summary>
    public string? Difference()
    {
        if (!_complete) return "the second reading stopped before the end" + (_failure is null ? "" : $" ({_failure.Message})");
        if (_read != _written) return $"{_read.Rows:N0} rows read the second time, {_written.Rows:N0} written, or their values differ";
        return null;
    }

    /// <summary>Throws unless the rows read ahead are the rows written.</summary>
    internal void Verify()
    {
        if (Difference() is { } difference)
            throw new InvalidOperationException($"The search index of {Type.GetTableName()} would not match the table: {difference}.", _failure);
    }

    /// <summary>The row's values as the writer binds them, at the positions the search index reads (the others left null).</summary>
    private object?[] Values(object row)
    {
        var values = new object?[_properties.Length];
        foreach (var i in _feed.Reads) values[i] = BulkWriter.BoundValue(_properties[i], row);
        return values;
    }

    /// <summary>How many rows, and the sum of their values' hashes (in any order: both sides see the same rows in the same order, but need not).</summary>
    private record struct Tally(long Rows, long Sum)
    {
        public void Add(object?[] values, int[] reads)
        {
            var hash = new HashCode();
            foreach (var i in reads) hash.Add(values[i]);
            Rows++;
            Sum += hash.ToHashCode();
        }
    }
}
