using System.ComponentModel.DataAnnotations;

namespace WorkSessions.Web.Features.Account;

public sealed class CodeInput
{
    public const int CodeMaxLength = 20;

    [Required(ErrorMessage = "Vui lòng nhập mã.")]
    [StringLength(CodeMaxLength, ErrorMessage = "Mã dài quá 20 ký tự.")]
    public string Code { get; set; } = string.Empty;

    public bool RememberMe { get; set; }
}
