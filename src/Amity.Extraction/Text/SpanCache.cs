namespace Amity.Extraction.Text;

/// <summary>
/// Values for words met lately, found by the word's characters without making a string of them first. Bounded: it starts
/// over when full, so memory stays small whatever the input. One per thread where it is used (not thread-safe).
/// </summary>
internal sealed class SpanCache<T>
{
    private readonly int _limit;
    private readonly Dictionary<string, T> _items = new(StringComparer.Ordinal);
    private readonly Dictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> _bySpan;

    public SpanCache(int limit)
    {
        _limit = limit;
        _bySpan = _items.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public bool TryGet(ReadOnlySpan<char> key, out T value) => _bySpan.TryGetValue(key, out value!);

    public void Add(string key, T value)
    {
        if (_items.Count >= _limit) _items.Clear();
        _items[key] = value;
    }
}
