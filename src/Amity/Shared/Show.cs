using System.Globalization;
using Amity.Data;

namespace Amity.Shared;

/// <summary>How pages print dates and kinds, in the reader's language.</summary>
public static class Show
{
    /// <summary>A partial date as written: "2024", "June 2024", "24 June 2024" (Korean: "2024년 6월 24일"); empty when unknown.</summary>
    public static string Date(string? partial)
    {
        if (!PartialDate.TryParse(partial, out var date)) return partial ?? "";
        return Date(date);
    }

    public static string Date(PartialDate date)
    {
        var culture = CultureInfo.CurrentCulture;
        if (Localization.IsKorean)
            return date.Precision switch
            {
                DatePrecision.Day => $"{date.Year}년 {date.Month}월 {date.Day}일",
                DatePrecision.Month => $"{date.Year}년 {date.Month}월",
                _ => $"{date.Year}년",
            };
        return date.ToDisplay(culture.Name.Length == 0 ? CultureInfo.GetCultureInfo("en") : culture);
    }

    public static string Date(DateOnly date) => Date(PartialDate.Of(date));

    public static string Time(DateTime? localTime, string? timeZone) =>
        localTime is { } t ? t.ToString("HH:mm", CultureInfo.InvariantCulture) + (timeZone is null ? "" : $" ({timeZone})") : "";

    /// <summary>An enum value as words ("LetterOfIntent" → "letter of intent"); pages pass it through the localizer.</summary>
    public static string Words<TEnum>(TEnum value) where TEnum : struct, Enum
    {
        var name = value.ToString();
        var words = string.Concat(name.Select((c, i) => char.IsUpper(c) && i > 0 ? " " + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
        return words == "science technology" ? "science and technology" : words;
    }

    /// <summary>"1st", "2nd", "3rd", "11th"; Korean counts "2번째".</summary>
    public static string Ordinal(int n)
    {
        if (Localization.IsKorean) return $"{n}번째";
        var suffix = (n % 100) is 11 or 12 or 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };
        return n.ToString(CultureInfo.InvariantCulture) + suffix;
    }
}
