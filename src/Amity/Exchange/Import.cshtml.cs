using Amity.Data;
using Amity.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Amity.Exchange;

/// <summary>
/// Upload, preview, confirm. The preview carries the file back in the form (base64) so that the server keeps no state between
/// the two steps and what is written is exactly what was previewed, checked again.
/// </summary>
[RequestSizeLimit(MaxBytes)]
public sealed class ImportModel(AmityDb db, IStringLocalizer<Text> t) : PageModel
{
    public const int MaxBytes = 5 * 1024 * 1024;

    [BindProperty] public SpreadsheetImport.Sheet Sheet { get; set; }
    [BindProperty] public IFormFile? Upload { get; set; }
    [BindProperty] public string? Payload { get; set; }
    [BindProperty] public string? FileName { get; set; }
    public List<SpreadsheetImport.Row>? Rows { get; private set; }
    public string? Error { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostPreviewAsync(CancellationToken ct)
    {
        if (Upload is null || Upload.Length == 0) { Error = t["Choose a CSV or XLSX file."]; return Page(); }
        using var buffer = new MemoryStream();
        await Upload.CopyToAsync(buffer, ct);
        Payload = Convert.ToBase64String(buffer.ToArray());
        FileName = Path.GetFileName(Upload.FileName);
        return await PreviewAsync(ct);
    }

    public async Task<IActionResult> OnPostConfirmAsync(CancellationToken ct)
    {
        var result = await PreviewAsync(ct);
        if (Rows is null) return result;
        var (created, problems) = await SpreadsheetImport.CommitAsync(db, Rows, ct);
        if (problems.Count > 0) { Error = string.Join(" ", problems); return Page(); }
        TempData["Saved"] = t["Imported {0} new records; {1} rows matched existing records and {2} were rejected.", created,
            Rows.Count(r => r.Outcome == SpreadsheetImport.Outcome.Existing), Rows.Count(r => r.Outcome == SpreadsheetImport.Outcome.Reject)].Value;
        return Redirect("/import");
    }

    private async Task<IActionResult> PreviewAsync(CancellationToken ct)
    {
        if (string.IsNullOrEmpty(Payload) || string.IsNullOrEmpty(FileName)) { Error = t["Choose a CSV or XLSX file."]; return Page(); }
        try
        {
            using var stream = new MemoryStream(Convert.FromBase64String(Payload));
            var rows = SpreadsheetImport.Read(stream, FileName);
            Rows = await SpreadsheetImport.PreviewAsync(db, Sheet, rows, ct);
        }
        catch (Exception e) when (e is FormatException or CsvHelper.CsvHelperException or InvalidDataException or IOException or ArgumentException)
        {
            Error = t["The file could not be read as CSV or XLSX: {0}", e.Message];
        }
        return Page();
    }
}
