using System.ComponentModel.DataAnnotations;
using Amity.Data;

namespace Amity.Api;

/// <summary>The value, when present, is a partial date: YYYY, YYYY-MM or YYYY-MM-DD.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class PartialDateAttribute : ValidationAttribute
{
    public PartialDateAttribute() : base("{0} " + PartialDate.FormatMessage + ".") { }

    public override bool IsValid(object? value) => value is null || value is string s && PartialDate.TryParse(s, out _);
}

/// <summary>The value, when present, is a time zone this machine knows (IANA, such as Asia/Seoul).</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class TimeZoneIdAttribute : ValidationAttribute
{
    public TimeZoneIdAttribute() : base("{0} must be a time zone such as Asia/Seoul or Europe/Berlin.") { }

    public override bool IsValid(object? value) =>
        value is null || value is string s && TimeZoneInfo.TryFindSystemTimeZoneById(s, out _);
}
