using System.ComponentModel.DataAnnotations;
using WorkSessions.Data.Identity;

namespace WorkSessions.Web.Features.Account;

public sealed class LoginInput
{
    [Required(ErrorMessage = "Vui lòng nhập tên đăng nhập.")]
    [StringLength(PortalUser.UserNameMaxLength, ErrorMessage = "Tên đăng nhập dài quá 100 ký tự.")]
    public string UserName { get; set; } = string.Empty;

    [Required(ErrorMessage = "Vui lòng nhập mật khẩu.")]
    [StringLength(PortalUser.PasswordMaxLength, ErrorMessage = "Mật khẩu dài quá 200 ký tự.")]
    [DataType(DataType.Password)]
    public string Password { get; set; } = string.Empty;

    public bool RememberMe { get; set; }
}
