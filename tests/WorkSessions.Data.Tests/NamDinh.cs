using WorkSessions.Domain.Units;

namespace WorkSessions.Data.Tests;

/// <summary>Units of Nam Định as test data. Every call builds fresh entities: tests never share state.</summary>
internal static class NamDinh
{
    public const string ProvincialCommitteeName = "Tỉnh ủy Nam Định";
    public const string TrucNinhName = "Huyện ủy Trực Ninh";

    /// <summary>Nam Định was re-established as a province on 1 January 1997.</summary>
    public static readonly DateOnly ProvinceFounded = new(1997, 1, 1);

    public static Unit ProvincialCommittee() =>
        new(ProvincialCommitteeName, UnitKind.ProvincialCommittee, ProvinceFounded, shortName: "Tỉnh ủy");

    public static Unit TrucNinh(Unit? parent = null) =>
        new(TrucNinhName, UnitKind.DistrictCommittee, ProvinceFounded, parent, "Huyện ủy");

    public static Unit XuanTruong(Unit? parent = null) =>
        new("Huyện ủy Xuân Trường", UnitKind.DistrictCommittee, ProvinceFounded, parent, "Huyện ủy");
}
