using System.Collections;
using System.Collections.Concurrent;
using System.ComponentModel.DataAnnotations;
using System.Linq.Expressions;
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
        var shape = Shapes.GetOrAdd(record.GetType(), Shape.Of);
        var results = new List<ValidationResult>();
        if (shape.ByValidator) Validator.TryValidateObject(record, new ValidationContext(record), results, validateAllProperties: true);
        else shape.Validate(record, results);
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
        foreach (var property in shape.Properties)
        {
            var value = property.Get(record);
            if (value is null) continue;
            // PostgreSQL cannot store U+0000 in text (SQLite can), so it is refused everywhere alike rather than failing on one provider.
            if (value is string text)
            {
                if (text.Contains('\0')) errors.Add(prefix + property.Name, "must not contain the NUL character (U+0000)");
                continue;
            }
            if (value is IEnumerable<string> texts && texts.Any(t => t?.Contains('\0') == true)) errors.Add(prefix + property.Name, "must not contain the NUL character (U+0000)");
            if (value is IEnumerable items)
            {
                var i = 0;
                foreach (var item in items)
                {
                    if (item is not null && IsRecord(item.GetType())) Walk(item, $"{prefix}{property.Name}[{i}].", errors, depth + 1);
                    i++;
                }
            }
            else if (IsRecord(value.GetType()))
            {
                Walk(value, prefix + property.Name + ".", errors, depth + 1);
            }
        }
    }

    private static bool IsRecord(Type type) => type.IsClass && type != typeof(string) && type.Namespace?.StartsWith("Amity.", StringComparison.Ordinal) == true;

    private static readonly ConcurrentDictionary<Type, Shape> Shapes = new();

    /// <summary>
    /// A record type's public properties with compiled getters, JSON names and validation attributes, found once: an import
    /// checks millions of records, and <see cref="Validator"/> looks all of that up again through reflection for each one.
    /// </summary>
    private sealed class Shape
    {
        public required Member[] Properties { get; init; }

        /// <summary>Types whose rules go beyond attributes on their properties are left to <see cref="Validator"/> itself.</summary>
        public required bool ByValidator { get; init; }

        public static Shape Of(Type type)
        {
            var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0 && p.CanRead).ToArray();
            var byValidator = typeof(IValidatableObject).IsAssignableFrom(type) || type.IsDefined(typeof(ValidationAttribute), true)
                || type.IsDefined(typeof(MetadataTypeAttribute), true) || properties.Any(p => p.IsDefined(typeof(DisplayAttribute), true));
            return new Shape { Properties = [.. properties.Select(Member.Of)], ByValidator = byValidator };
        }

        /// <summary>What <see cref="Validator.TryValidateObject(object, ValidationContext, ICollection{ValidationResult}?, bool)"/> finds
        /// with every property validated: a failed [Required] alone, else every failed attribute.</summary>
        public void Validate(object record, List<ValidationResult> results)
        {
            ValidationContext? context = null;
            foreach (var property in Properties)
            {
                if (property.Attributes.Length == 0) continue;
                context ??= new ValidationContext(record);
                context.MemberName = property.ClrName;
                context.DisplayName = property.ClrName;
                var value = property.Get(record);
                if (property.Required is { } required && required.GetValidationResult(value, context) is { } missing)
                {
                    results.Add(missing);
                    continue;
                }
                foreach (var attribute in property.Attributes)
                    if (attribute != property.Required && attribute.GetValidationResult(value, context) is { } failed) results.Add(failed);
            }
        }
    }

    private sealed record Member(string ClrName, string Name, Func<object, object?> Get, ValidationAttribute[] Attributes, RequiredAttribute? Required)
    {
        public static Member Of(PropertyInfo property)
        {
            var instance = Expression.Parameter(typeof(object));
            var get = Expression.Lambda<Func<object, object?>>(
                Expression.Convert(Expression.Property(Expression.Convert(instance, property.DeclaringType!), property), typeof(object)), instance).Compile();
            var attributes = property.GetCustomAttributes<ValidationAttribute>(true).ToArray();
            return new Member(property.Name, JsonNamingPolicy.CamelCase.ConvertName(property.Name), get, attributes, attributes.OfType<RequiredAttribute>().FirstOrDefault());
        }
    }
}
