using System.Text;
using QRCoder;

namespace WorkSessions.Web.Features.Account;

/// <summary>What an authenticator app needs to be set up: the key in readable groups and the otpauth:// link as a QR image.</summary>
public static class AuthenticatorCode
{
    public const string Issuer = "WorkSessions";

    /// <summary>"abcd efgh …": easier to type into a phone by hand.</summary>
    public static string Readable(string key)
    {
        var text = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            text.Append(key.AsSpan(i, Math.Min(4, key.Length - i))).Append(' ');
        }

        return text.ToString().TrimEnd().ToLowerInvariant();
    }

    public static string Uri(string userName, string key) =>
        $"otpauth://totp/{System.Uri.EscapeDataString(Issuer)}:{System.Uri.EscapeDataString(userName)}?secret={key}&issuer={System.Uri.EscapeDataString(Issuer)}&digits=6";

    /// <summary>A PNG data URI (the security policy allows data: images, not remote ones).</summary>
    public static string QrImage(string uri)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(uri, QRCodeGenerator.ECCLevel.Q);
        return "data:image/png;base64," + Convert.ToBase64String(new PngByteQRCode(data).GetGraphic(5));
    }

    /// <summary>Codes are typed with spaces or dashes as the app shows them.</summary>
    public static string Clean(string code) => code.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal);
}
