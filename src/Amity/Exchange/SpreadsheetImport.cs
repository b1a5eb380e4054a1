using System.Globalization;
using Amity.Api;
using Amity.Data;
using Amity.Engagements;
using Amity.Partners;
using Amity.People;
using ClosedXML.Excel;
using CsvHelper;
using CsvHelper.Configuration;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Amity.Exchange;

/// <summary>
/// Organizations, people with their posts, relationships and engagements from a CSV or XLSX sheet (first row: column names).
/// Each row is matched against existing records by name or alias; a preview says what each row would do and why a row is
/// rejected; nothing is written until the user confirms, and then each new record goes through the API's own create handler.
/// </summary>
public static class SpreadsheetImport
{
    public enum Sheet { Organizations, People, Relationships, Engagements }

    public enum Outcome { Create, Existing, Reject }

    public sealed record Row(int Number, string Name, Outcome Outcome, IReadOnlyList<string> Reasons, object? Record, string? MatchedHref);

    /// <summary>The columns each sheet reads; other columns are ignored, and names are matched without regard to case or spaces.</summary>
    public static readonly IReadOnlyDictionary<Sheet, string[]> Columns = new Dictionary<Sheet, string[]>
    {
        [Sheet.Organizations] = ["name", "kind", "country", "aliases", "part of", "notes"],
        [Sheet.People] = ["name", "native name", "aliases", "title", "organization", "from", "to"],
        [Sheet.Relationships] = ["kind", "party", "other party", "since", "status", "notes"],
        [Sheet.Engagements] = ["date", "kind", "title", "place", "host", "participants", "summary"],
    };

    /// <summary>
    /// The cells of the first sheet by column name. A CSV cell loses the quote that Amity's export puts before a formula
    /// character (<see cref="Reports.Export.Unguard"/>), so an export imports back to its exact text; an XLSX cell is read as
    /// it is, since the export marks such cells with Excel's quote-prefix flag instead of changing their text.
    /// </summary>
    public static List<Dictionary<string, string>> Read(Stream content, string fileName)
    {
        var rows = new List<Dictionary<string, string>>();
        if (fileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            using var book = new XLWorkbook(content);
            var sheet = book.Worksheets.First();
            var used = sheet.RangeUsed();
            if (used is null) return rows;
            var headers = used.FirstRow().Cells().Select(c => Key(c.GetString())).ToList();
            foreach (var row in used.RowsUsed().Skip(1))
                rows.Add(headers.Select((h, i) => (h, v: row.Cell(i + 1).GetFormattedString().Trim())).Where(x => x.h.Length > 0).GroupBy(x => x.h).ToDictionary(g => g.Key, g => g.First().v));
            return rows;
        }
        using var reader = new StreamReader(content, detectEncodingFromByteOrderMarks: true);
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture) { DetectDelimiter = true, BadDataFound = null, MissingFieldFound = null });
        if (!csv.Read() || !csv.ReadHeader()) return rows;
        var names = csv.HeaderRecord!.Select(Key).ToList();
        while (csv.Read())
            rows.Add(names.Select((h, i) => (h, v: Reports.Export.Unguard((csv.GetField(i) ?? "").Trim()))).Where(x => x.h.Length > 0).GroupBy(x => x.h).ToDictionary(g => g.Key, g => g.First().v));
        return rows;
    }

    private static string Key(string header) => string.Join(' ', header.Trim().ToLowerInvariant().Replace('_', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries));
    private static string Norm(string name) => string.Join(' ', name.Trim().ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    private static List<string> List(string? text) => [.. (text ?? "").Split([';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    /// <summary>Existing names and aliases, normalized, pointing at their records.</summary>
    private sealed class Directory
    {
        public Dictionary<string, int> Organizations { get; } = [];
        public Dictionary<string, int> People { get; } = [];

        public static async Task<Directory> LoadAsync(AmityDb db, CancellationToken ct)
        {
            var d = new Directory();
            foreach (var o in await db.Organizations.AsNoTracking().Select(o => new { o.Id, o.Name, o.Aliases }).ToListAsync(ct))
                foreach (var n in o.Aliases.Prepend(o.Name)) d.Organizations.TryAdd(Norm(n), o.Id);
            foreach (var p in await db.People.AsNoTracking().Select(p => new { p.Id, p.Name, p.NativeName, p.Aliases }).ToListAsync(ct))
                foreach (var n in p.Aliases.Prepend(p.Name).Append(p.NativeName ?? "").Where(n => n.Length > 0)) d.People.TryAdd(Norm(n), p.Id);
            return d;
        }
    }

    /// <summary>What each row would do. Reads the database; writes nothing.</summary>
    public static async Task<List<Row>> PreviewAsync(AmityDb db, Sheet sheet, IReadOnlyList<Dictionary<string, string>> rows, CancellationToken ct)
    {
        var directory = await Directory.LoadAsync(db, ct);
        var result = new List<Row>();
        // Names new in this sheet, so a sheet cannot create the same record twice.
        var seen = new HashSet<string>();
        for (var i = 0; i < rows.Count; i++)
        {
            var cells = rows[i];
            string Cell(string column) => cells.GetValueOrDefault(column, "");
            var reasons = new List<string>();
            var number = i + 2; // the header is row 1, as a spreadsheet numbers them
            int? Organization(string column, bool required)
            {
                var name = Cell(column);
                if (name.Length == 0) { if (required) reasons.Add($"{column}: is required"); return null; }
                if (directory.Organizations.TryGetValue(Norm(name), out var id)) return id;
                reasons.Add($"{column}: no organization is called “{name}” (by name or alias); add it first");
                return null;
            }
            TEnum Kind<TEnum>(string column, TEnum fallback) where TEnum : struct, Enum
            {
                var text = Cell(column);
                if (text.Length == 0) return fallback;
                if (EnumText.TryParse<TEnum>(text.Replace(' ', '-'), out var value)) return value;
                reasons.Add($"{column}: “{text}” is not one of {EnumText.Allowed<TEnum>()}");
                return fallback;
            }
            switch (sheet)
            {
                case Sheet.Organizations:
                {
                    var name = Cell("name");
                    var aliases = List(Cell("aliases"));
                    var match = aliases.Prepend(name).Where(n => n.Length > 0).Select(n => directory.Organizations.GetValueOrDefault(Norm(n))).FirstOrDefault(id => id != 0);
                    if (match != 0) { result.Add(new Row(number, name, Outcome.Existing, [], null, $"/partners/{match}")); continue; }
                    var record = new OrganizationRecord
                    {
                        Name = name, Kind = Kind("kind", OrganizationKind.Other), Country = Cell("country") is { Length: > 0 } c ? c : null, Aliases = aliases,
                        ParentId = Organization("part of", false), Notes = Cell("notes") is { Length: > 0 } n ? n : null,
                    };
                    Finish(record, name);
                    break;
                }
                case Sheet.People:
                {
                    var name = Cell("name");
                    var native = Cell("native name");
                    var aliases = List(Cell("aliases"));
                    var match = aliases.Prepend(native).Prepend(name).Where(n => n.Length > 0).Select(n => directory.People.GetValueOrDefault(Norm(n))).FirstOrDefault(id => id != 0);
                    if (match != 0) { result.Add(new Row(number, name, Outcome.Existing, [], null, $"/people/{match}")); continue; }
                    var title = Cell("title");
                    var organization = Organization("organization", false);
                    var record = new PersonRecord
                    {
                        Name = name, NativeName = native.Length > 0 ? native : null, Aliases = aliases,
                        Positions = title.Length > 0 || organization is not null
                            ? [new PositionRecord { Title = title, OrganizationId = organization, From = Cell("from") is { Length: > 0 } f ? f : null, To = Cell("to") is { Length: > 0 } t ? t : null }]
                            : [],
                    };
                    Finish(record, name);
                    break;
                }
                case Sheet.Relationships:
                {
                    var a = Organization("party", true);
                    var b = Organization("other party", true);
                    var kind = Kind("kind", RelationshipKind.Other);
                    var record = new RelationshipRecord
                    {
                        Kind = kind, Parties = [.. new[] { a, b }.OfType<int>()], Since = Cell("since") is { Length: > 0 } s ? s : null,
                        Status = Kind("status", RelationshipStatus.Active), Notes = Cell("notes") is { Length: > 0 } n ? n : null,
                    };
                    var label = $"{Cell("party")} – {Cell("other party")}";
                    if (a is not null && b is not null && await db.Relationships.AnyAsync(r => r.Kind == kind && r.Parties.Any(p => p.OrganizationId == a) && r.Parties.Any(p => p.OrganizationId == b), ct))
                    {
                        var id = await db.Relationships.Where(r => r.Kind == kind && r.Parties.Any(p => p.OrganizationId == a) && r.Parties.Any(p => p.OrganizationId == b)).Select(r => r.Id).FirstAsync(ct);
                        result.Add(new Row(number, label, Outcome.Existing, [], null, $"/relationships/{id}/edit"));
                        continue;
                    }
                    Finish(record, label);
                    break;
                }
                case Sheet.Engagements:
                {
                    var participants = new List<ParticipantInput>();
                    foreach (var person in List(Cell("participants")))
                    {
                        if (directory.People.TryGetValue(Norm(person), out var id)) participants.Add(new ParticipantInput { PersonId = id });
                        else reasons.Add($"participants: no person is called “{person}” (by name or alias); add them first");
                    }
                    var record = new EngagementRecord
                    {
                        Kind = Kind("kind", EngagementKind.Meeting), Title = Cell("title") is { Length: > 0 } t ? t : null, Date = Cell("date"),
                        Place = Cell("place") is { Length: > 0 } p ? p : null, HostOrganizationId = Organization("host", false),
                        Summary = Cell("summary") is { Length: > 0 } s ? s : null, Participants = participants,
                    };
                    Finish(record, $"{Cell("date")} {Cell("title")}".Trim());
                    break;
                }
            }

            void Finish(object record, string label)
            {
                // The record's own field rules, the same the API and the JSON import keep.
                reasons.AddRange(RecordValidator.Validate(record).ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
                if (record is EngagementRecord e) reasons.AddRange(EngagementsApi.CheckShape(e).ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
                if (sheet is Sheet.Organizations or Sheet.People && label.Length > 0 && !seen.Add(Norm(label)))
                    reasons.Add("name: appears more than once in this sheet");
                result.Add(reasons.Count > 0 ? new Row(number, label, Outcome.Reject, [.. reasons], null, null) : new Row(number, label, Outcome.Create, [], record, null));
            }
        }
        return result;
    }

    /// <summary>Creates the rows the preview would create, in one transaction, through the API's create handlers; all or nothing.</summary>
    public static async Task<(int Created, List<string> Problems)> CommitAsync(AmityDb db, IReadOnlyList<Row> rows, CancellationToken ct)
    {
        var problems = new List<string>();
        var created = 0;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        foreach (var row in rows.Where(r => r.Outcome == Outcome.Create))
        {
            IResult result = row.Record switch
            {
                OrganizationRecord o => (await OrganizationsApi.Create(o, db, ct)).Result,
                PersonRecord p => (await PeopleApi.Create(p, db, ct)).Result,
                RelationshipRecord r => (await RelationshipsApi.Create(r, db, ct)).Result,
                EngagementRecord e => (await EngagementsApi.Create(e, db, ct)).Result,
                _ => throw new InvalidOperationException("Unknown record."),
            };
            if (result is ValidationProblem invalid)
                problems.Add($"row {row.Number}: " + string.Join("; ", invalid.ProblemDetails.Errors.SelectMany(e => e.Value.Select(m => $"{e.Key}: {m}"))));
            else created++;
        }
        if (problems.Count > 0) { await transaction.RollbackAsync(ct); return (0, problems); }
        await transaction.CommitAsync(ct);
        return (created, problems);
    }
}
