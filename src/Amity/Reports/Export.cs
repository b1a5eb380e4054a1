using System.Globalization;
using Amity.Shared;
using ClosedXML.Excel;
using CsvHelper;
using Microsoft.AspNetCore.Mvc;

namespace Amity.Reports;

/// <summary>Every list page exports the rows it shows (all of them, not one page) as CSV or XLSX.</summary>
public static class Export
{
    public static FileContentResult Csv(IReadOnlyList<string> headers, IReadOnlyList<ListRow> rows, string name)
    {
        using var buffer = new MemoryStream();
        // A byte-order mark, so that spreadsheet programs read Hangul and Hanzi as UTF-8.
        using (var writer = new StreamWriter(buffer, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true)))
        using (var csv = new CsvWriter(writer, CultureInfo.InvariantCulture))
        {
            foreach (var h in headers) csv.WriteField(h);
            csv.WriteField("Link");
            csv.NextRecord();
            foreach (var row in rows)
            {
                foreach (var cell in row.Cells) csv.WriteField(cell);
                csv.WriteField(row.Href);
                csv.NextRecord();
            }
        }
        return new FileContentResult(buffer.ToArray(), "text/csv; charset=utf-8") { FileDownloadName = name + ".csv" };
    }

    public static FileContentResult Xlsx(IReadOnlyList<string> headers, IReadOnlyList<ListRow> rows, string name, string title)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add(SheetName(title));
        for (var c = 0; c < headers.Count; c++) sheet.Cell(1, c + 1).Value = headers[c];
        sheet.Cell(1, headers.Count + 1).Value = "Link";
        sheet.Row(1).Style.Font.Bold = true;
        for (var r = 0; r < rows.Count; r++)
        {
            var cells = rows[r].Cells;
            // Written as text, so that a date "2024-06" or a code "007" stays as it was and nothing is read as a formula.
            for (var c = 0; c < cells.Count; c++) sheet.Cell(r + 2, c + 1).SetValue(cells[c]);
            sheet.Cell(r + 2, cells.Count + 1).SetValue(rows[r].Href);
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
