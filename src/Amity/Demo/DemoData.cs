using Amity.Data;
using Amity.Exchange;
using Microsoft.EntityFrameworkCore;

namespace Amity;

/// <summary>The demo dataset: the facts of one day of a cooperation bureau's work, kept as a document in the import format.</summary>
public static class DemoData
{
    public static Stream Open() =>
        typeof(DemoData).Assembly.GetManifestResourceStream("Amity.Demo.demo.json")
        ?? throw new InvalidOperationException("The demo dataset is missing from the build.");

    /// <summary>Loads the demo dataset into an empty database; a database that holds records is left alone.</summary>
    public static async Task<bool> LoadIfEmptyAsync(AmityDb db, CancellationToken ct)
    {
        if (await db.Organizations.AnyAsync(ct)) return false;
        await using var stream = Open();
        var result = await ImportDocument.ImportAsync(db, stream, new Progress<(int, int)>(), ct);
        if (!result.Succeeded) throw new InvalidOperationException("The demo dataset does not import:" + Environment.NewLine + result.Errors);
        return true;
    }
}
