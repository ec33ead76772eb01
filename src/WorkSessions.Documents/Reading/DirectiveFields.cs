using WorkSessions.Domain.Common;
using WorkSessions.Domain.Conclusions;

namespace WorkSessions.Documents.Reading;

/// <summary>
/// Guesses a directive's field from its words, as conclusions of Party committees group them.
/// Phrases that name a field outright weigh 3 ("xây dựng Đảng", "nông thôn mới"), telling words 2,
/// words shared by many fields 1 ("sản xuất", "doanh nghiệp"); the heaviest field wins, "Khác" when none.
/// </summary>
public static class DirectiveFields
{
    private static readonly (DirectiveField Field, string Phrase, int Weight)[] Words =
    [
        (DirectiveField.EpidemicControl, "covid", 3), (DirectiveField.EpidemicControl, "dich benh", 3), (DirectiveField.EpidemicControl, "chong dich", 3),
        (DirectiveField.EpidemicControl, "lay lan", 2), (DirectiveField.EpidemicControl, "tiem chung", 3),
        (DirectiveField.InspectionAndSupervision, "kiem tra, giam sat", 3), (DirectiveField.InspectionAndSupervision, "giam sat", 2), (DirectiveField.InspectionAndSupervision, "kiem tra", 2),
        (DirectiveField.InspectionAndSupervision, "tham nhung", 3), (DirectiveField.InspectionAndSupervision, "lang phi", 3), (DirectiveField.InspectionAndSupervision, "ky luat dang", 3),
        (DirectiveField.Personnel, "nhan su", 3), (DirectiveField.Personnel, "ung cu", 3), (DirectiveField.Personnel, "chuc danh", 2),
        (DirectiveField.Personnel, "can bo", 2), (DirectiveField.Personnel, "quy hoach can bo", 3), (DirectiveField.Personnel, "bo tri", 1),
        (DirectiveField.PartyBuilding, "xay dung dang", 3), (DirectiveField.PartyBuilding, "phat trien dang", 3), (DirectiveField.PartyBuilding, "dang vien", 2),
        (DirectiveField.PartyBuilding, "chi thi", 2), (DirectiveField.PartyBuilding, "nghi quyet", 2), (DirectiveField.PartyBuilding, "bo chinh tri", 2),
        (DirectiveField.PartyBuilding, "hoc tap va lam theo", 3), (DirectiveField.PartyBuilding, "to chuc co so dang", 3), (DirectiveField.PartyBuilding, "he thong chinh tri", 2),
        (DirectiveField.AgricultureAndNewRural, "nong thon moi", 3), (DirectiveField.AgricultureAndNewRural, "ntm", 3), (DirectiveField.AgricultureAndNewRural, "nong nghiep", 2), (DirectiveField.AgricultureAndNewRural, "chan nuoi", 2),
        (DirectiveField.AgricultureAndNewRural, "ruong dat", 2), (DirectiveField.AgricultureAndNewRural, "thuy loi", 2),
        (DirectiveField.InfrastructureAndInvestment, "ha tang", 3), (DirectiveField.InfrastructureAndInvestment, "thu hut dau tu", 3), (DirectiveField.InfrastructureAndInvestment, "dau tu cong", 3),
        (DirectiveField.InfrastructureAndInvestment, "giai phong mat bang", 3), (DirectiveField.InfrastructureAndInvestment, "du an", 2), (DirectiveField.InfrastructureAndInvestment, "giao thong", 2),
        (DirectiveField.CultureAndSociety, "an sinh", 3), (DirectiveField.CultureAndSociety, "nguoi ngheo", 2), (DirectiveField.CultureAndSociety, "nguoi co cong", 2),
        (DirectiveField.CultureAndSociety, "van hoa", 2), (DirectiveField.CultureAndSociety, "giao duc", 2), (DirectiveField.CultureAndSociety, "xa hoi", 1),
        (DirectiveField.CultureAndSociety, "y te", 2), (DirectiveField.CultureAndSociety, "viec lam", 2),
        (DirectiveField.Economy, "kinh te", 2), (DirectiveField.Economy, "co cau kinh te", 3), (DirectiveField.Economy, "thu nhap", 2),
        (DirectiveField.Economy, "san xuat", 1), (DirectiveField.Economy, "kinh doanh", 1), (DirectiveField.Economy, "doanh nghiep", 1),
        (DirectiveField.Economy, "cong nghiep", 1), (DirectiveField.Economy, "lien ket", 1), (DirectiveField.Economy, "thu ngan sach", 3),
        (DirectiveField.Administration, "cai cach hanh chinh", 3), (DirectiveField.Administration, "thu tuc hanh chinh", 3), (DirectiveField.Administration, "chuyen doi so", 3),
        (DirectiveField.Administration, "chinh quyen dia phuong", 2), (DirectiveField.Administration, "bo may", 2),
        (DirectiveField.DefenceAndSecurity, "quoc phong", 3), (DirectiveField.DefenceAndSecurity, "an ninh", 2), (DirectiveField.DefenceAndSecurity, "quan su", 3),
        (DirectiveField.DefenceAndSecurity, "trat tu an toan xa hoi", 3), (DirectiveField.DefenceAndSecurity, "noi chinh", 2),
        (DirectiveField.MassMobilisation, "dan van", 3), (DirectiveField.MassMobilisation, "mat tran", 2), (DirectiveField.MassMobilisation, "doan the", 2),
        (DirectiveField.MassMobilisation, "mttq", 2),
    ];

    public static DirectiveField Guess(string text)
    {
        var folded = " " + VietnameseText.Fold(text) + " ";
        var best = Words
            .Where(w => folded.Contains(" " + w.Phrase, StringComparison.Ordinal))
            .GroupBy(w => w.Field)
            .Select(g => (Field: g.Key, Score: g.Sum(w => w.Weight)))
            .OrderByDescending(g => g.Score)
            .FirstOrDefault();
        return best.Score > 0 ? best.Field : DirectiveField.Other;
    }
}
