using Microsoft.AspNetCore.Identity;

namespace WorkSessions.Web.Features.Account;

/// <summary>Identity's messages in Vietnamese: they are shown to administrators and users beside the field.</summary>
public sealed class VietnameseIdentityErrors : IdentityErrorDescriber
{
    public override IdentityError DefaultError() => Error(nameof(DefaultError), "Đã xảy ra lỗi, vui lòng thử lại.");

    public override IdentityError ConcurrencyFailure() => Error(nameof(ConcurrencyFailure), "Người dùng này vừa được người khác thay đổi; hãy tải lại và thử lại.");

    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch), "Mật khẩu hiện tại không đúng.");

    public override IdentityError InvalidUserName(string? userName) => Error(nameof(InvalidUserName), $"Tên đăng nhập \"{userName}\" chỉ được gồm chữ cái không dấu, chữ số và các ký tự - . _ @ +.");

    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateUserName), $"Tên đăng nhập \"{userName}\" đã có người dùng.");

    public override IdentityError DuplicateRoleName(string role) => Error(nameof(DuplicateRoleName), $"Vai trò \"{role}\" đã tồn tại.");

    public override IdentityError UserAlreadyInRole(string role) => Error(nameof(UserAlreadyInRole), "Người dùng đã có vai trò này.");

    public override IdentityError PasswordTooShort(int length) => Error(nameof(PasswordTooShort), $"Mật khẩu phải có ít nhất {length} ký tự.");

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => Error(nameof(PasswordRequiresUniqueChars), $"Mật khẩu phải có ít nhất {uniqueChars} ký tự khác nhau.");

    public override IdentityError PasswordRequiresNonAlphanumeric() => Error(nameof(PasswordRequiresNonAlphanumeric), "Mật khẩu phải có ít nhất một ký tự đặc biệt (ví dụ @, !, #).");

    public override IdentityError PasswordRequiresDigit() => Error(nameof(PasswordRequiresDigit), "Mật khẩu phải có ít nhất một chữ số.");

    public override IdentityError PasswordRequiresLower() => Error(nameof(PasswordRequiresLower), "Mật khẩu phải có ít nhất một chữ thường.");

    public override IdentityError PasswordRequiresUpper() => Error(nameof(PasswordRequiresUpper), "Mật khẩu phải có ít nhất một chữ hoa.");

    public override IdentityError InvalidToken() => Error(nameof(InvalidToken), "Mã xác thực không hợp lệ hoặc đã hết hạn.");

    private static IdentityError Error(string code, string description) => new() { Code = code, Description = description };
}
