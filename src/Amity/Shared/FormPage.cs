using System.Globalization;
using Amity.Api;
using Amity.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amity.Shared;

/// <summary>
/// What every create/edit page shares. A page turns its form into the API's record and calls the API's own handler in-process,
/// so the browser is held to exactly the rules the API and import keep; the handler's problems are put beside the fields they name.
/// </summary>
public abstract class FormPage : PageModel
{
    /// <summary>Fills what the form shows besides the record (the lists its choices come from).</summary>
    protected virtual Task LoadAsync(CancellationToken ct) => Task.CompletedTask;

    /// <summary>The form again, as posted, with its choices: for a post holding a field that could not be read.</summary>
    protected async Task<IActionResult> InvalidAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        return Page();
    }

    /// <summary>Puts the problems of a failed API result into the model state; true when there were any.</summary>
    protected bool Absorb(IResult result, Func<string, string>? key = null)
    {
        switch (result)
        {
            case ValidationProblem invalid:
                foreach (var (field, messages) in invalid.ProblemDetails.Errors)
                    foreach (var message in messages) ModelState.AddModelError((key ?? FormKey)(field), message);
                return true;
            case ProblemHttpResult problem:
                ModelState.AddModelError("", problem.ProblemDetails.Detail ?? problem.ProblemDetails.Title ?? "The change was refused.");
                return true;
            default:
                return false;
        }
    }

    /// <summary>Adds problems found before the API is called (a list row that cannot be read) under the form's own keys.</summary>
    protected void Absorb(Errors errors)
    {
        foreach (var (field, messages) in errors.ToDictionary())
            foreach (var message in messages) ModelState.AddModelError(FormKey(field), message);
    }

    /// <summary>The API's name for a field ("participants[1].personId") as the form's ("Input.Participants[1].PersonId").</summary>
    public static string FormKey(string apiField) =>
        apiField.Length == 0 ? "" : "Input." + string.Join('.', apiField.Split('.').Select(part => part.Length == 0 ? part : char.ToUpperInvariant(part[0]) + part[1..]));

    /// <summary>A field whose list the form holds as one text ("aliases[2]" → "Input.Aliases").</summary>
    protected static Func<string, string> Joined(params string[] fields) => field =>
    {
        foreach (var f in fields)
            if (field.StartsWith(f + "[", StringComparison.Ordinal)) return FormKey(f);
        return FormKey(field);
    };

    /// <summary>
    /// Blank rows of a form's list are dropped before the record goes to the API, so the API's "participants[1]" is the form's
    /// row kept[1]; this maps it back so the message lands beside the row that was typed.
    /// </summary>
    protected static Func<string, string> Rows(string list, IReadOnlyList<int> kept, Func<string, string>? then = null) => field =>
    {
        if (field.StartsWith(list + "[", StringComparison.Ordinal))
        {
            var close = field.IndexOf(']', StringComparison.Ordinal);
            if (close > 0 && int.TryParse(field.AsSpan(list.Length + 1, close - list.Length - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n < kept.Count)
                field = $"{list}[{kept[n]}]{field[(close + 1)..]}";
        }
        return (then ?? FormKey)(field);
    };

    /// <summary>The indexes of the rows worth sending.</summary>
    protected static List<int> Kept<T>(IReadOnlyList<T> rows, Func<T, bool> filled) => [.. Enumerable.Range(0, rows.Count).Where(i => filled(rows[i]))];

    protected void Saved(string message) => TempData["Saved"] = message;

    public static List<string> Lines(string? text) =>
        [.. (text ?? "").Split(['\n', ',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(s => s.Length > 0)];

    public static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

/// <summary>
/// The options of the pages' select boxes. A record picker (organization, person, event, engagement) holds only the records
/// already chosen, so that the form shows and keeps its values without JavaScript; its script (<c>wwwroot/js/picker.js</c>)
/// turns it into a combobox that asks <c>/lookup/{kind}?q=</c> for the few records that match what is typed.
/// </summary>
public static class Choices
{
    /// <summary>How many suggestions a picker offers at a time.</summary>
    public const int Suggestions = 20;

    private static string Key(int id) => id.ToString(CultureInfo.InvariantCulture);

    private static List<int> Chosen(IEnumerable<int?> ids) => [.. ids.OfType<int>().Distinct()];

    public static async Task<List<SelectListItem>> OrganizationsAsync(AmityDb db, IEnumerable<int?> chosen, CancellationToken ct)
    {
        var ids = Chosen(chosen);
        return ids.Count == 0 ? [] : OrganizationItems(await db.Organizations.AsNoTracking().Where(o => EF.Parameter(ids).Contains(o.Id)).OrderBy(o => o.SortKey).ThenBy(o => o.Id)
            .Select(o => new Named(o.Id, o.Name, null)).ToListAsync(ct));
    }

    public static async Task<List<SelectListItem>> PeopleAsync(AmityDb db, IEnumerable<int?> chosen, CancellationToken ct)
    {
        var ids = Chosen(chosen);
        return ids.Count == 0 ? [] : PeopleItems(await db.People.AsNoTracking().Where(p => EF.Parameter(ids).Contains(p.Id)).OrderBy(p => p.SortKey).ThenBy(p => p.Id)
            .Select(p => new Named(p.Id, p.Name, p.NativeName)).ToListAsync(ct));
    }

    public static async Task<List<SelectListItem>> EventsAsync(AmityDb db, IEnumerable<int?> chosen, CancellationToken ct)
    {
        var ids = Chosen(chosen);
        return ids.Count == 0 ? [] : EventItems(await db.Events.AsNoTracking().Where(e => EF.Parameter(ids).Contains(e.Id))
            .Select(e => new Dated(e.Id, e.Name, e.Date)).ToListAsync(ct));
    }

    public static async Task<List<SelectListItem>> EngagementsAsync(AmityDb db, IEnumerable<int?> chosen, CancellationToken ct)
    {
        var ids = Chosen(chosen);
        return ids.Count == 0 ? [] : EngagementItems(await db.Engagements.AsNoTracking().Where(e => EF.Parameter(ids).Contains(e.Id))
            .Select(e => new Engaged(e.Id, e.Title, e.Kind, e.Date)).ToListAsync(ct));
    }

    /// <summary>
    /// The organizations whose name begins with the text (case and accents ignored, on the sort key's index), then those with
    /// it elsewhere in the name or among the other names, in name order.
    /// </summary>
    public static async Task<List<SelectListItem>> FindOrganizationsAsync(AmityDb db, string text, CancellationToken ct)
    {
        var (key, upper, lower) = Keys(text);
        var found = await db.Organizations.AsNoTracking().Where(o => string.Compare(o.SortKey, key) >= 0 && string.Compare(o.SortKey, upper) < 0)
            .OrderBy(o => o.SortKey).ThenBy(o => o.Id).Take(Suggestions).Select(o => new Named(o.Id, o.Name, null)).ToListAsync(ct);
        if (found.Count < Suggestions)
        {
            var seen = found.Select(o => o.Id).ToList();
            found.AddRange(await db.Organizations.AsNoTracking()
                .Where(o => !EF.Parameter(seen).Contains(o.Id) && (o.SortKey.Contains(key) || o.Aliases.Any(a => a.ToLower().Contains(lower))))
                .OrderBy(o => o.SortKey).ThenBy(o => o.Id).Take(Suggestions - found.Count).Select(o => new Named(o.Id, o.Name, null)).ToListAsync(ct));
        }
        return OrganizationItems(found);
    }

    /// <summary>The people whose name begins with the text, then those with it elsewhere in the name or the native name.</summary>
    public static async Task<List<SelectListItem>> FindPeopleAsync(AmityDb db, string text, CancellationToken ct)
    {
        var (key, upper, lower) = Keys(text);
        var found = await db.People.AsNoTracking().Where(p => string.Compare(p.SortKey, key) >= 0 && string.Compare(p.SortKey, upper) < 0)
            .OrderBy(p => p.SortKey).ThenBy(p => p.Id).Take(Suggestions).Select(p => new Named(p.Id, p.Name, p.NativeName)).ToListAsync(ct);
        if (found.Count < Suggestions)
        {
            var seen = found.Select(p => p.Id).ToList();
            found.AddRange(await db.People.AsNoTracking()
                .Where(p => !EF.Parameter(seen).Contains(p.Id) && (p.SortKey.Contains(key) || (p.NativeName != null && p.NativeName.Contains(lower))))
                .OrderBy(p => p.SortKey).ThenBy(p => p.Id).Take(Suggestions - found.Count).Select(p => new Named(p.Id, p.Name, p.NativeName)).ToListAsync(ct));
        }
        return PeopleItems(found);
    }

    /// <summary>The latest events whose name or place holds the text.</summary>
    public static async Task<List<SelectListItem>> FindEventsAsync(AmityDb db, string text, CancellationToken ct)
    {
        var q = text.Trim().ToLowerInvariant();
        return EventItems(await db.Events.AsNoTracking().Where(e => e.Name.ToLower().Contains(q) || (e.Place != null && e.Place.ToLower().Contains(q)))
            .OrderByDescending(e => e.Date).ThenByDescending(e => e.Id).Take(Suggestions).Select(e => new Dated(e.Id, e.Name, e.Date)).ToListAsync(ct));
    }

    /// <summary>
    /// The latest engagements on a date that begins with the text ("2024-04", on the date index), or else whose title or place holds it.
    /// </summary>
    public static async Task<List<SelectListItem>> FindEngagementsAsync(AmityDb db, string text, CancellationToken ct)
    {
        var q = text.Trim().ToLowerInvariant();
        var engagements = db.Engagements.AsNoTracking();
        engagements = q.Length > 0 && q.All(c => char.IsAsciiDigit(c) || c == '-')
            ? engagements.Where(e => string.Compare(e.Date, q) >= 0 && string.Compare(e.Date, q + "~") < 0)
            : engagements.Where(e => (e.Title != null && e.Title.ToLower().Contains(q)) || (e.Place != null && e.Place.ToLower().Contains(q)));
        return EngagementItems(await engagements.OrderByDescending(e => e.Date).ThenByDescending(e => e.Id).Take(Suggestions)
            .Select(e => new Engaged(e.Id, e.Title, e.Kind, e.Date)).ToListAsync(ct));
    }

    // The typed text as a sort key, the first key after every key that begins with it, and as typed in lower case.
    private static (string Key, string Upper, string Lower) Keys(string text)
    {
        var key = Names.SortKey(text.Trim());
        return (key, key + '\uffff', text.Trim().ToLowerInvariant());
    }

    private sealed record Named(int Id, string Name, string? NativeName);
    private sealed record Dated(int Id, string Name, string? Date);
    private sealed record Engaged(int Id, string? Title, Engagements.EngagementKind Kind, string Date);

    private static List<SelectListItem> OrganizationItems(IEnumerable<Named> rows) => [.. rows.Select(o => new SelectListItem(o.Name, Key(o.Id)))];

    private static List<SelectListItem> PeopleItems(IEnumerable<Named> rows) =>
        [.. rows.Select(p => new SelectListItem(p.NativeName is null ? p.Name : $"{p.Name} ({p.NativeName})", Key(p.Id)))];

    private static List<SelectListItem> EventItems(IEnumerable<Dated> rows) => [.. rows.Select(e => new SelectListItem($"{e.Name} ({e.Date})", Key(e.Id)))];

    private static List<SelectListItem> EngagementItems(IEnumerable<Engaged> rows) =>
        [.. rows.Select(e => new SelectListItem($"{e.Date} · {e.Title ?? Show.Words(e.Kind)}", Key(e.Id)))];

    public static List<SelectListItem> Of<TEnum>(IStringLocalizer t) where TEnum : struct, Enum =>
        [.. Enum.GetValues<TEnum>().Select(v => new SelectListItem(t[Show.Words(v)], v.ToString()))];

    public static List<SelectListItem> TimeZones() =>
        [.. new[] { "Asia/Seoul", "Asia/Shanghai", "Asia/Tokyo", "Europe/Zurich", "UTC" }.Select(z => new SelectListItem(z, z))];
}
