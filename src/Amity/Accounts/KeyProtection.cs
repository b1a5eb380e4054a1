using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Amity.Accounts;

/// <summary>
/// The certificate that encrypts the data-protection keys at rest. The keys (which sign cookies and antiforgery tokens)
/// live in the database so that every instance shares them; without a certificate they are stored as plain XML and whoever
/// reads the database can forge a session. With one, each key is encrypted to the certificate's public key and only a
/// process holding its private key can use it: every instance on the database needs the same certificate file.
/// </summary>
public static class KeyProtection
{
    public const string CertificateVariable = "AMITY_KEY_CERTIFICATE";
    public const string PasswordVariable = "AMITY_KEY_CERTIFICATE_PASSWORD";

    /// <summary>The certificate (a PKCS #12 file with its private key), or a message naming what is wrong with it.</summary>
    public static X509Certificate2 Load(string path, string? password)
    {
        if (!File.Exists(path))
            throw new KeyCertificateException($"{CertificateVariable} names {path}, which does not exist. Give a PKCS #12 (.pfx) file holding a certificate and its private key.");
        X509Certificate2 certificate;
        try
        {
            certificate = X509CertificateLoader.LoadPkcs12FromFile(path, password);
        }
        catch (CryptographicException e)
        {
            throw new KeyCertificateException($"{CertificateVariable} names {path}, which could not be read as a PKCS #12 (.pfx) file{(password is null ? $" without a password (set {PasswordVariable})" : " with the password in " + PasswordVariable)}: {e.Message}", e);
        }
        if (!certificate.HasPrivateKey || certificate.GetRSAPrivateKey() is null)
            throw new KeyCertificateException($"{CertificateVariable} names {path}, whose certificate has no RSA private key: the keys could be encrypted but never read back.");
        return certificate;
    }
}

/// <summary>The key certificate cannot be used; the message says why, naming the file and the variable.</summary>
public sealed class KeyCertificateException(string message, Exception? inner = null) : Exception(message, inner);
