using System.Collections;
using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Text.Json;

namespace Amity.Api;

/// <summary>
/// Checks a request record and the records nested in it against their validation attributes, naming each
/// field by its JSON path ("participants[1].personId"). Import uses it for every record of a document,
/// so that a file is held to the same rules as the API.
/// </summary>
public static class RecordValidator
{
    public static Errors Validate(object record, string prefix = "")
    {
        var errors = new Errors();
        Walk(record, prefix, errors, depth: 0);
        return errors;
    }

    private static void Walk(object record, string prefix, Errors errors, int depth)
    {
        if (depth > 8) return;
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(record, new ValidationContext(record), results, validateAllProperties: true);
        foreach (var result in results)
        {
            var members = result.MemberNames.Any() ? result.MemberNames : [""];
            foreach (var member in members)
            {
                // Messages name the field as the JSON does ("title", not "Title").
                var field = JsonNamingPolicy.CamelCase.ConvertName(member);
                var message = (result.ErrorMessage ?? "is not valid").Replace(member, field, StringComparison.Ordinal);
                errors.Add(prefix + field, message);
            }
        }
        foreach (var property in record.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0) continue;
            var value = property.GetValue(record);
            var name = prefix + JsonNamingPolicy.CamelCase.ConvertName(property.Name);
            // PostgreSQL cannot store U+0000 in text (SQLite can), so it is refused everywhere alike rather than failing on one provider.
            if (value is string text && text.Contains('\0')) errors.Add(name, "must not contain the NUL character (U+0000)");
            if (value is IEnumerable<string> texts && texts.Any(t => t?.Contains('\0') == true)) errors.Add(name, "must not contain the NUL character (U+0000)");
            if (value is string) continue;
            if (value is IEnumerable items and not string)
            {
                var i = 0;
                foreach (var item in items)
                {
                    if (item is not null && IsRecord(item.GetType())) Walk(item, $"{name}[{i}].", errors, depth + 1);
                    i++;
                }
            }
            else if (value is not null && IsRecord(value.GetType()))
            {
                Walk(value, name + ".", errors, depth + 1);
            }
        }
    }

    private static bool IsRecord(Type type) => type.IsClass && type != typeof(string) && type.Namespace?.StartsWith("Amity.", StringComparison.Ordinal) == true;
}
