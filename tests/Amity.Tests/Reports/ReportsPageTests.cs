namespace Amity.Tests.Reports;

public class ReportsPageTests
{
    [Theory, ClassData(typeof(Providers))]
    public async Task TheReportsCountActivityPerYearPerPartnerAndPerAreaWithTheVendoredChartLibrary(DatabaseProvider provider)
    {
        await using var server = await AmityServer.StartAsync(provider, demo: true);
        var html = await server.Client.GetStringAsync("/reports");
        Assert.Contains("2023 1 0 0", Html.Text(Html.Section(html, "per-year")));
        Assert.Contains("2024 3 3 6", Html.Text(Html.Section(html, "per-year")));
        Assert.Contains("Liaoning Province 4 2 3", Html.Text(Html.Section(html, "per-partner")));
        Assert.Contains("agriculture 2 6 0", Html.Text(Html.Section(html, "per-area")));
        Assert.Contains("src=\"/lib/chart.js/chart.umd.min.js", html);
        Assert.DoesNotContain("cdn", html, StringComparison.OrdinalIgnoreCase);
        var library = await server.Client.GetStringAsync("/lib/chart.js/chart.umd.min.js");
        Assert.Contains("Chart.js v4", library);
    }
}
