using System.Globalization;
using Amity.Shared;
using ClosedXML.Excel;
using CsvHelper;
using Microsoft.AspNetCore.Mvc;

namespace Amity.Reports;

/// <summary>
/// Every list page exports the rows it shows (all of them, not one page) as CSV or XLSX. A cell that a spreadsheet would run
/// as a formula (it starts with = + - @, a tab or a carriage return) is neutralised as OWASP recommends: in CSV a single quote
/// is put before it, in XLSX it is stored as text with Excel's own quote-prefix flag, so the text itself is unchanged.
/// </summary>
public static class Export
{
    private static readonly System.Text.RegularExpressions.Regex Risky = new(@"^'*[=+\-@\t\r]", System.Text.RegularExpressions.RegexOptions.Compiled);
    private static readonly System.Text.RegularExpressions.Regex NegativeNumber = new(@"^-[0-9]+(\.[0-9]+)?$", System.Text.RegularExpressions.RegexOptions.Compiled);

    /// <summary>
    /// Whether a cell must be guarded: it starts with a formula character, possibly after quotes (so that a text that really
    /// begins with a quote keeps it through <see cref="Unguard"/>). A plain negative number ("-12") stays a number.
    /// </summary>
    public static bool NeedsGuard(string cell) => Risky.IsMatch(cell) && !NegativeNumber.IsMatch(cell);

    /// <summary>The CSV text of a cell: a quote before a cell that needs a guard.</summary>
    public static string Guard(string cell) => NeedsGuard(cell) ? "'" + cell : cell;

    /// <summary>
    /// The inverse of <see cref="Guard"/> for CSV imports: one quote is taken off a cell that is quotes followed by a formula
    /// character, because only <see cref="Guard"/> writes that shape (a text that really begins so was given one more quote).
    /// </summary>
    public static string Unguard(string cell) => cell.StartsWith('\'') && Risky.IsMatch(cell) ? cell[1..] : cell;

    public static FileContentResult Csv(IReadOnlyList<string> headers, IReadOnlyList<ListRow> rows, string name)
    {
        using var buffer = new MemoryStream();
        // A byte-order mark, so that spreadsheet programs read Hangul and Hanzi as UTF-8.
        using (var writer = new StreamWriter(buffer, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true)))
        using (var csv = new CsvWriter(writer, CultureInfo.InvariantCulture))
        {
            foreach (var h in headers) csv.WriteField(Guard(h));
            csv.WriteField("Link");
            csv.NextRecord();
            foreach (var row in rows)
            {
                foreach (var cell in row.Cells) csv.WriteField(Guard(cell));
                csv.WriteField(Guard(row.Href));
                csv.NextRecord();
            }
        }
        return new FileContentResult(buffer.ToArray(), "text/csv; charset=utf-8") { FileDownloadName = name + ".csv" };
    }

    public static FileContentResult Xlsx(IReadOnlyList<string> headers, IReadOnlyList<ListRow> rows, string name, string title)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add(SheetName(title));
        void Write(int row, int column, string text)
        {
            // SetValue stores text as text (never a formula); the quote prefix makes Excel keep it text when the cell is edited.
            var cell = sheet.Cell(row, column).SetValue(text);
            if (NeedsGuard(text)) cell.Style.IncludeQuotePrefix = true;
        }
        for (var c = 0; c < headers.Count; c++) Write(1, c + 1, headers[c]);
        Write(1, headers.Count + 1, "Link");
        sheet.Row(1).Style.Font.Bold = true;
        for (var r = 0; r < rows.Count; r++)
        {
            var cells = rows[r].Cells;
            // Written as text, so that a date "2024-06" or a code "007" stays as it was and nothing is read as a formula.
            for (var c = 0; c < cells.Count; c++) Write(r + 2, c + 1, cells[c]);
            Write(r + 2, cells.Count + 1, rows[r].Href);
        }
        // Fixed widths: measuring text to fit would need a font library (libgdiplus) on the server.
        for (var c = 1; c <= headers.Count + 1; c++) sheet.Column(c).Width = c == 1 ? 48 : 22;
        sheet.SheetView.FreezeRows(1);
        using var buffer = new MemoryStream();
        workbook.SaveAs(buffer);
        return new FileContentResult(buffer.ToArray(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet") { FileDownloadName = name + ".xlsx" };
    }

    private static string SheetName(string title)
    {
        var clean = new string([.. title.Where(c => !"[]:*?/\\".Contains(c))]);
        return clean.Length == 0 ? "Sheet1" : clean[..Math.Min(31, clean.Length)];
    }
}
