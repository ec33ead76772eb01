using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;

namespace WorkSessions.Web.Features.Account;

/// <summary>
/// The data-protection keys (they protect the sign-in and antiforgery cookies) live in the database,
/// shared by every node. Outside Development they are encrypted with a certificate from configuration:
/// whoever reads the database (a backup, a DBA) could otherwise forge anyone's sign-in cookie.
/// Without a certificate the portal refuses to start there, unless <c>DataProtection:AllowUnprotectedKeys</c>
/// says the operator has chosen so (see docs/operations.md).
/// </summary>
public static class KeyProtection
{
    public const string Section = "DataProtection";

    public static IDataProtectionBuilder ProtectKeys(this IDataProtectionBuilder keys, IConfiguration configuration, IWebHostEnvironment environment)
    {
        var section = configuration.GetSection(Section);
        if (Certificate(section) is { } certificate)
        {
            // Unprotect too with the certificate itself: on Linux and in a folder deployment it is not in a
            // certificate store where the decryptor would look it up by thumbprint.
            return keys.ProtectKeysWithCertificate(certificate).UnprotectKeysWithAnyCertificate([certificate, .. PreviousCertificates(section)]);
        }

        if (environment.IsDevelopment() || section.GetValue("AllowUnprotectedKeys", false))
        {
            return keys;
        }

        throw new InvalidOperationException(
            "Chưa cấu hình chứng thư số để mã hóa khóa bảo vệ dữ liệu (DataProtection:CertificatePath, hoặc DataProtection:CertificateThumbprint). " +
            "Xem docs/operations.md, mục Security. (No certificate protects the data-protection keys outside Development: set " +
            "DataProtection:CertificatePath and DataProtection:CertificatePassword, or DataProtection:CertificateThumbprint, or " +
            "DataProtection:AllowUnprotectedKeys=true to run without; see docs/operations.md.)");
    }

    private static X509Certificate2? Certificate(IConfigurationSection section)
    {
        if (section["CertificatePath"] is { Length: > 0 } path)
        {
            var certificate = X509CertificateLoader.LoadPkcs12FromFile(path, section["CertificatePassword"]);
            return certificate.HasPrivateKey ? certificate : throw new InvalidOperationException(
                $"Chứng thư số {path} không có khóa riêng. (The certificate {path} has no private key: a .pfx with its key is needed.)");
        }

        return section["CertificateThumbprint"] is { Length: > 0 } thumbprint ? FromStore(thumbprint) : null;
    }

    /// <summary>Certificates the keys were encrypted with before a renewal: old keys must still open.</summary>
    private static IEnumerable<X509Certificate2> PreviousCertificates(IConfigurationSection section) =>
        section.GetSection("PreviousCertificatePaths").GetChildren()
            .Where(c => !string.IsNullOrEmpty(c.Value))
            .Select(c => X509CertificateLoader.LoadPkcs12FromFile(c.Value!, section["CertificatePassword"]));

    /// <summary>Windows: the machine's or the pool identity's "My" store, where IIS administrators put certificates.</summary>
    private static X509Certificate2 FromStore(string thumbprint)
    {
        foreach (var location in new[] { StoreLocation.CurrentUser, StoreLocation.LocalMachine })
        {
            using var store = new X509Store(StoreName.My, location);
            store.Open(OpenFlags.ReadOnly);
            if (store.Certificates.Find(X509FindType.FindByThumbprint, thumbprint, validOnly: false) is [var found, ..])
            {
                return found;
            }
        }

        throw new InvalidOperationException(
            $"Không tìm thấy chứng thư số {thumbprint} trong kho chứng thư. (Certificate {thumbprint} is not in the CurrentUser or LocalMachine My store.)");
    }
}
