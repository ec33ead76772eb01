namespace WorkSessions.Domain.Units;

/// <summary>
/// What a unit is. Deliberately not "district": since 1 July 2025 the province works with
/// communes and wards, while records of 2021 keep the district committees of that day.
/// </summary>
public enum UnitKind
{
    /// <summary>Tỉnh ủy, Thành ủy trực thuộc Trung ương.</summary>
    ProvincialCommittee,

    /// <summary>Ban Thường vụ of any Party committee.</summary>
    StandingCommittee,

    /// <summary>Huyện ủy, Thị ủy, Thành ủy trực thuộc tỉnh (to 30 June 2025).</summary>
    DistrictCommittee,

    /// <summary>Đảng ủy xã, phường, thị trấn.</summary>
    CommuneCommittee,

    /// <summary>Đảng ủy cơ quan, doanh nghiệp, lực lượng vũ trang.</summary>
    OtherPartyCommittee,

    /// <summary>Ban, Văn phòng, Ủy ban Kiểm tra of a Party committee.</summary>
    PartyAgency,

    /// <summary>HĐND, UBND, sở, ngành.</summary>
    Government,

    /// <summary>Ủy ban MTTQ and the socio-political organisations.</summary>
    FatherlandFront,

    Other,
}
