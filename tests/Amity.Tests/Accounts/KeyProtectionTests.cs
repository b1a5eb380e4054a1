using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Amity.Accounts;
using Microsoft.EntityFrameworkCore;

namespace Amity.Tests.Accounts;

/// <summary>
/// With AMITY_KEY_CERTIFICATE the data-protection keys are encrypted in the database: a reader of the database sees no
/// key, instances holding the certificate share sign-ins, and a bad certificate file is refused by name.
/// </summary>
public class KeyProtectionTests
{
    private const string Password = "keys under lock";

    [Fact]
    public async Task KeysAreStoredEncryptedAndInstancesWithTheCertificateShareSignIns()
    {
        var pfx = CertificateFile("pfx password");
        try
        {
            Func<AmityOptions, AmityOptions> withCertificate = o => o with { KeyCertificate = pfx, KeyCertificatePassword = "pfx password" };
            await using var first = await AmityServer.StartAsync(DatabaseProvider.Sqlite, configure: withCertificate);
            await using var second = await AmityServer.StartAsync(DatabaseProvider.Sqlite, on: first.Database, configure: withCertificate);
            await first.AddUserAsync("mirae", Roles.Viewer, Password);

            var cookies = new CookieContainer();
            using var atFirst = new HttpClient(new HttpClientHandler { CookieContainer = cookies }) { BaseAddress = first.Address };
            using var atSecond = new HttpClient(new HttpClientHandler { CookieContainer = cookies }) { BaseAddress = second.Address };
            var signedIn = await atFirst.PostAsync("/sign-in", AmityServer.SignInFields(await atFirst.GetStringAsync("/sign-in"), "mirae", Password));
            Assert.Equal("/", signedIn.Landed());
            List<string> keys;
            await using (var db = first.OpenDb()) keys = await db.DataProtectionKeys.Select(k => k.Xml!).ToListAsync();
            Assert.NotEmpty(keys);
            Assert.All(keys, xml =>
            {
                Assert.Contains("encryptedSecret", xml, StringComparison.Ordinal);
                Assert.DoesNotContain("<masterKey", xml, StringComparison.Ordinal);
            });

            // The cookie issued by the first instance is read by the second, which decrypts the same key.
            foreach (Cookie cookie in cookies.GetCookies(first.Address)) cookies.Add(second.Address, new Cookie(cookie.Name, cookie.Value, "/"));
            var home = await atSecond.GetAsync("/");
            Assert.Equal("/", home.Landed());
            Assert.Contains("mirae", Html.Text(await home.Content.ReadAsStringAsync()));
        }
        finally
        {
            File.Delete(pfx);
        }
    }

    [Fact]
    public void AMissingFileAWrongPasswordAndACertificateWithoutItsKeyAreRefusedByName()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"amity-missing-{Guid.NewGuid():N}.pfx");
        var e = Assert.Throws<KeyCertificateException>(() => KeyProtection.Load(missing, null));
        Assert.Contains(missing, e.Message, StringComparison.Ordinal);
        Assert.Contains(KeyProtection.CertificateVariable, e.Message, StringComparison.Ordinal);

        var pfx = CertificateFile("right");
        var publicOnly = Path.ChangeExtension(pfx, ".cer");
        try
        {
            e = Assert.Throws<KeyCertificateException>(() => KeyProtection.Load(pfx, "wrong"));
            Assert.Contains(KeyProtection.PasswordVariable, e.Message, StringComparison.Ordinal);

            using (var withKey = X509CertificateLoader.LoadPkcs12FromFile(pfx, "right"))
            using (var withoutKey = X509CertificateLoader.LoadCertificate(withKey.RawData))
                File.WriteAllBytes(publicOnly, withoutKey.Export(X509ContentType.Pkcs12));
            e = Assert.Throws<KeyCertificateException>(() => KeyProtection.Load(publicOnly, null));
            Assert.Contains("private key", e.Message, StringComparison.Ordinal);

            using var loaded = KeyProtection.Load(pfx, "right");
            Assert.True(loaded.HasPrivateKey);
        }
        finally
        {
            File.Delete(pfx);
            File.Delete(publicOnly);
        }
    }

    /// <summary>A self-signed RSA certificate with its private key, as a password-protected PKCS #12 file.</summary>
    private static string CertificateFile(string password)
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=Amity data-protection keys (test)", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        var path = Path.Combine(Path.GetTempPath(), $"amity-keys-{Guid.NewGuid():N}.pfx");
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, password));
        return path;
    }
}
