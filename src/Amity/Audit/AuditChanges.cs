using System.Text.Json;
using System.Text.Json.Nodes;

namespace Amity.Audit;

/// <summary>One field of an entry as a reader sees it: its value before and after, as short text (empty where there was none).</summary>
public sealed record FieldChange(string Field, string Before, string After);

/// <summary>One entry as the history and the trail page show it.</summary>
public sealed record AuditLine(long Id, DateTimeOffset At, string Actor, AuditAction Action, string RecordType, int RecordId, string? RecordKey, string? Part,
    IReadOnlyList<FieldChange> Fields)
{
    public static AuditLine Of(AuditEntry e) => new(e.Id, e.At, e.Actor, e.Action, e.RecordType, e.RecordId, e.RecordKey, e.Part, AuditChanges.Fields(e));
}

public static class AuditChanges
{
    private const int Longest = 200;

    /// <summary>
    /// The fields an entry records: for an update those whose values differ (the key and version are shown only when
    /// something else changed); for a create or a delete every field that has a value.
    /// </summary>
    public static List<FieldChange> Fields(AuditEntry entry)
    {
        var before = Parse(entry.Before);
        var after = Parse(entry.After);
        var fields = new List<FieldChange>();
        foreach (var name in before.Select(p => p.Key).Concat(after.Select(p => p.Key)).Distinct())
        {
            var b = before[name];
            var a = after[name];
            if (entry.Action == AuditAction.Update && JsonNode.DeepEquals(b, a)) continue;
            if (entry.Action != AuditAction.Update && IsEmpty(b) && IsEmpty(a)) continue;
            fields.Add(new FieldChange(name, Text(b), Text(a)));
        }
        return fields;
    }

    private static JsonObject Parse(string? json) => json is null ? [] : JsonNode.Parse(json) as JsonObject ?? [];

    private static bool IsEmpty(JsonNode? value) =>
        value is null || value is JsonArray { Count: 0 } || value is JsonObject { Count: 0 }
        || (value is JsonValue v && v.GetValueKind() == JsonValueKind.String && v.GetValue<string>().Length == 0);

    private static string Text(JsonNode? value)
    {
        var text = value switch
        {
            null => "",
            JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
            _ => value.ToJsonString(ChangeCapture.Json),
        };
        return text.Length <= Longest ? text : string.Concat(text.AsSpan(0, Longest), "…");
    }
}
