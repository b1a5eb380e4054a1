using System.ComponentModel.DataAnnotations;
using Amity.Data;

namespace Amity.Api;

/// <summary>A list of names (aliases): each one present and no longer than a name may be.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class NamesAttribute : ValidationAttribute
{
    protected override ValidationResult? IsValid(object? value, ValidationContext context)
    {
        if (value is not IEnumerable<string?> names) return ValidationResult.Success;
        var i = 0;
        foreach (var name in names)
        {
            if (string.IsNullOrWhiteSpace(name)) return new ValidationResult($"{context.DisplayName}[{i}] is empty.", [context.MemberName!]);
            if (name.Length > Lengths.Name) return new ValidationResult($"{context.DisplayName}[{i}] is longer than {Lengths.Name} characters.", [context.MemberName!]);
            i++;
        }
        return ValidationResult.Success;
    }
}
