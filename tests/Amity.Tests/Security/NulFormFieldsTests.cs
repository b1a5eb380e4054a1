using System.Net;
using System.Text;
using Amity.Security;

namespace Amity.Tests.Security;

/// <summary>
/// A page form holding the NUL character comes back as a form naming the field, with the rest of what was typed, and
/// writes nothing (the framework alone would answer a bare 400 and drop the person's text).
/// </summary>
public class NulFormFieldsTests
{
    [Theory]
    [InlineData("nul%00byte")]
    [InlineData("nul\0byte")]
    public async Task APartnerNameHoldingNulIsRefusedByNameAndTheOtherFieldsComeBack(string name)
    {
        await using var server = await AmityServer.StartAsync(DatabaseProvider.Sqlite, demo: true);
        var token = Html.AntiforgeryToken(await server.Client.GetStringAsync("/partners/new"));
        var before = await DatabaseState.CaptureAsync(server, export: false);
        var body = $"__RequestVerificationToken={Uri.EscapeDataString(token)}&Input.Name={name}&Input.Country=KR&Input.Notes={Uri.EscapeDataString("Met twice in Daejeon")}&Input.Version=";
        var response = await server.Client.PostAsync("/partners/new",
            new ByteArrayContent(Encoding.UTF8.GetBytes(body)) { Headers = { { "Content-Type", "application/x-www-form-urlencoded" } } });
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Matches("class=\"field-validation-error\"[^>]*data-valmsg-for=\"Input.Name\"|data-valmsg-for=\"Input.Name\"[^>]*class=\"field-validation-error\"", html);
        Assert.Contains("must not contain the NUL character", Html.Text(html), StringComparison.Ordinal);
        // What was typed comes back; the NUL is shown as the replacement character where it was.
        Assert.Contains("Met twice in Daejeon", html, StringComparison.Ordinal);
        Assert.Contains("nul\uFFFDbyte", html, StringComparison.Ordinal);
        Assert.Equal(before, await DatabaseState.CaptureAsync(server, export: false));
    }

    [Fact]
    public void EachNulIsReplacedAndItsFieldNamedWhateverItsEncoding()
    {
        var body = "a=1&Input.Name=x%00y%00&Input.Notes=ok&Input%2ETitle=p\0q&empty"u8;
        Assert.True(NulFormFields.Clean(body, out var cleaned, out var fields));
        Assert.Equal("a=1&Input.Name=x%EF%BF%BDy%EF%BF%BD&Input.Notes=ok&Input%2ETitle=p%EF%BF%BDq&empty", Encoding.ASCII.GetString(cleaned));
        Assert.Equal(["Input.Name", "Input.Title"], fields);

        Assert.False(NulFormFields.Clean("a=%0A&b=100%25"u8, out _, out _));
    }
}
