namespace WorkSessions.Documents.Layout;

/// <summary>Paper size and margins in millimetres, as formats and guidance state them.</summary>
public sealed record PageSetup(double WidthMm, double HeightMm, double TopMm, double BottomMm, double LeftMm, double RightMm)
{
    public static PageSetup A4(double topMm, double bottomMm, double leftMm, double rightMm) =>
        new(210, 297, topMm, bottomMm, leftMm, rightMm);

    internal double Width => Units.Pt(WidthMm);

    internal double Height => Units.Pt(HeightMm);

    internal double Top => Units.Pt(TopMm);

    internal double Left => Units.Pt(LeftMm);

    internal double ContentWidth => Units.Pt(WidthMm - LeftMm - RightMm);

    internal double ContentHeight => Units.Pt(HeightMm - TopMm - BottomMm);
}

/// <summary>The layout works in points (PDF's unit); documents are specified in millimetres.</summary>
public static class Units
{
    public const double PointsPerMm = 72 / 25.4;

    public static double Pt(double mm) => mm * PointsPerMm;

    public static double Mm(double pt) => pt / PointsPerMm;
}
