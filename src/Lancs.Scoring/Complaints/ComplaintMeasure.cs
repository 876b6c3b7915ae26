using Ardalis.SmartEnum;

namespace Lancs.Scoring.Complaints;

/// <summary>The report's figures that count complaints received rather than complaints closed.</summary>
public sealed class ComplaintMeasure : SmartEnum<ComplaintMeasure>
{
    /// <summary>Still open at year-end: kept apart from outcome shares (000:816, 863).</summary>
    public static readonly ComplaintMeasure Open = new(nameof(Open), 1);

    /// <summary>Resolved at Stage 0, a share of complaints received (000:911: 60 of 220 = 27%).</summary>
    public static readonly ComplaintMeasure Stage0 = new(nameof(Stage0), 2);

    /// <summary>Exceeded the statutory timescale, a share of complaints received (000:820: 25 of 479; 000:929: 27 of 220).</summary>
    public static readonly ComplaintMeasure TimescaleExceeded = new(nameof(TimescaleExceeded), 3);

    private ComplaintMeasure(string name, int value)
        : base(name, value)
    {
    }
}
