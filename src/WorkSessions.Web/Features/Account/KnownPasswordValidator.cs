using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using WorkSessions.Data.Identity;
using WorkSessions.Domain.Common;
using WorkSessions.Web.Localization;

namespace WorkSessions.Web.Features.Account;

/// <summary>
/// Refuses passwords an attacker tries first (ASVS 2.1.7), wherever a password is set: the change
/// form, an administrator's new user, a reset. Refused are the demo password, the account's current
/// password, a password that holds the user name, a run of one key or of keys in a row, and a known
/// word dressed with digits and signs ("Matkhau@2024", "P@ssw0rd!", "Demo@2021!"). The last rule is
/// why the start-up check on demo passwords can never be set off by a user: no one can set one.
/// </summary>
public sealed class KnownPasswordValidator(IStringLocalizer<SharedResource> localizer) : IPasswordValidator<PortalUser>
{
    /// <summary>
    /// Words of the most-used passwords, and this portal's own words. Compared after the password is
    /// folded (VietnameseText.Fold: lower case, no diacritics) and stripped of everything but letters, also with the signs
    /// read as letters (0→o, 1→i, 3→e, 4→a, 5→s, @→a, $→s), so each stands for the thousands of
    /// variants that lists of leaked passwords are full of.
    /// </summary>
    private static readonly HashSet<string> KnownWords = new(StringComparer.Ordinal)
    {
        "password", "passw", "pass", "pwd", "matkhau", "mk", "admin", "administrator", "root", "user", "guest", "test",
        "demo", "login", "welcome", "changeme", "secret", "letmein", "qwerty", "qwertyuiop", "qwertz", "azerty", "asdf",
        "asdfgh", "asdfghjkl", "zxcvbn", "zxcvbnm", "qazwsx", "abc", "abcd", "abcde", "abcdef", "abcdefgh", "aaaaaa",
        "iloveyou", "anhyeuem", "emyeuanh", "yeuem", "hello", "xinchao", "dragon", "monkey", "master", "sunshine",
        "princess", "football", "baseball", "superman", "batman", "freedom", "whatever", "trustno", "shadow",
        "vietnam", "hanoi", "saigon", "namdinh", "trucninh", "tinhuy", "huyenuy", "danguy", "vanphong", "lanhdao",
        "bithu", "congchuc", "canbo", "worksessions", "portal", "system", "server", "default",
    };

    private const string KeyboardRows = "1234567890 qwertyuiop asdfghjkl zxcvbnm abcdefghijklmnopqrstuvwxyz";

    public Task<IdentityResult> ValidateAsync(UserManager<PortalUser> manager, PortalUser user, string? password)
    {
        ArgumentNullException.ThrowIfNull(manager);
        ArgumentNullException.ThrowIfNull(user);
        if (string.IsNullOrEmpty(password))
        {
            return Task.FromResult(IdentityResult.Success);
        }

        // The code starts with "Password", as Identity's own password codes do: forms put such errors beside the password field.
        var refusal = Refusal(manager, user, password);
        return Task.FromResult(refusal is null
            ? IdentityResult.Success
            : IdentityResult.Failed(new IdentityError { Code = $"Password{refusal}", Description = localizer[$"Password_{refusal}"] }));
    }

    /// <summary>The resource name of the rule the password breaks, or null.</summary>
    private static string? Refusal(UserManager<PortalUser> manager, PortalUser user, string password)
    {
        if (password == DemoAccounts.Password)
        {
            return "IsDemo";
        }

        if (user.PasswordHash is { } current
            && manager.PasswordHasher.VerifyHashedPassword(user, current, password) != PasswordVerificationResult.Failed)
        {
            return "IsCurrent";
        }

        var folded = VietnameseText.Fold(password);
        if (user.UserName is { Length: >= 3 } name && folded.Contains(VietnameseText.Fold(name), StringComparison.Ordinal))
        {
            return "HoldsUserName";
        }

        // "Mat@khau2024" is the word with signs inside; "P@ssw0rd2024!" is the word written in signs,
        // with digits and signs around it.
        var inside = Letters(folded);
        var writtenInSigns = Letters(Leet(folded.Trim([.. folded.Where(c => !char.IsAsciiLetter(c))])));
        if (KnownWords.Contains(inside) || KnownWords.Contains(writtenInSigns) || IsRun(folded))
        {
            return "IsKnown";
        }

        return null;
    }

    private static string Letters(string text) => new([.. text.Where(char.IsAsciiLetter)]);

    private static string Leet(string text) => new([.. text.Select(c => c switch
    {
        '0' => 'o',
        '1' => 'i',
        '3' => 'e',
        '4' => 'a',
        '5' => 's',
        '@' => 'a',
        '$' => 's',
        _ => c,
    })]);

    /// <summary>One key again and again, or keys in a row ("aaaaaaaaaa", "1234567890", "qwertyuiop").</summary>
    private static bool IsRun(string password) =>
        password.Distinct().Count() <= 2
        || KeyboardRows.Contains(password, StringComparison.Ordinal)
        || KeyboardRows.Contains(new string([.. password.Reverse()]), StringComparison.Ordinal);
}
