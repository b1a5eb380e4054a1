namespace Amity.Api;

/// <summary>Problems with input, gathered by field so that every wrong field is named at once.</summary>
public sealed class Errors
{
    private readonly Dictionary<string, List<string>> _byField = new(StringComparer.Ordinal);

    public bool Any => _byField.Count > 0;

    public void Add(string field, string message)
    {
        if (!_byField.TryGetValue(field, out var messages)) _byField[field] = messages = [];
        messages.Add(message);
    }

    public void AddRange(Errors other, string prefix = "")
    {
        foreach (var (field, messages) in other._byField)
            foreach (var message in messages) Add(prefix + field, message);
    }

    public IDictionary<string, string[]> ToDictionary() => _byField.ToDictionary(p => p.Key, p => p.Value.ToArray());

    /// <summary>One line per problem, "field: message", for the command line and import reports.</summary>
    public override string ToString() =>
        string.Join(Environment.NewLine, _byField.SelectMany(p => p.Value.Select(m => $"{p.Key}: {m}")));
}
