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

/// <summary>The options of the pages' select boxes.</summary>
public static class Choices
{
    public static async Task<List<SelectListItem>> OrganizationsAsync(AmityDb db, CancellationToken ct) =>
        [.. (await db.Organizations.AsNoTracking().Select(o => new { o.Id, o.Name }).ToListAsync(ct))
            .OrderBy(o => o.Name, Names.Comparer).Select(o => new SelectListItem(o.Name, o.Id.ToString(CultureInfo.InvariantCulture)))];

    public static async Task<List<SelectListItem>> PeopleAsync(AmityDb db, CancellationToken ct) =>
        [.. (await db.People.AsNoTracking().Select(p => new { p.Id, p.Name, p.NativeName }).ToListAsync(ct))
            .OrderBy(p => p.Name, Names.Comparer).Select(p => new SelectListItem(p.NativeName is null ? p.Name : $"{p.Name} ({p.NativeName})", p.Id.ToString(CultureInfo.InvariantCulture)))];

    public static async Task<List<SelectListItem>> EventsAsync(AmityDb db, CancellationToken ct) =>
        [.. (await db.Events.AsNoTracking().OrderByDescending(e => e.Date).Select(e => new { e.Id, e.Name, e.Date }).ToListAsync(ct))
            .Select(e => new SelectListItem($"{e.Name} ({e.Date})", e.Id.ToString(CultureInfo.InvariantCulture)))];

    public static async Task<List<SelectListItem>> EngagementsAsync(AmityDb db, CancellationToken ct) =>
        [.. (await db.Engagements.AsNoTracking().OrderByDescending(e => e.Date).Select(e => new { e.Id, e.Title, e.Kind, e.Date }).ToListAsync(ct))
            .Select(e => new SelectListItem($"{e.Date} · {e.Title ?? Show.Words(e.Kind)}", e.Id.ToString(CultureInfo.InvariantCulture)))];

    public static List<SelectListItem> Of<TEnum>(IStringLocalizer t) where TEnum : struct, Enum =>
        [.. Enum.GetValues<TEnum>().Select(v => new SelectListItem(t[Show.Words(v)], v.ToString()))];

    public static List<SelectListItem> TimeZones() =>
        [.. new[] { "Asia/Seoul", "Asia/Shanghai", "Asia/Tokyo", "Europe/Zurich", "UTC" }.Select(z => new SelectListItem(z, z))];
}
