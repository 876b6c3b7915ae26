using System.Collections.Generic;

namespace Lancs.Scoring.Json;

/// <summary>One scored observation as JSON: its value, band, movements, directions, comparisons and target.</summary>
public sealed class KpiResultJson
{
    /// <summary>Gets the indicator's code.</summary>
    public string Indicator { get; init; } = string.Empty;

    /// <summary>Gets the period as printed, such as "Q1 2017/18" or "2017-03".</summary>
    public string Period { get; init; } = string.Empty;

    /// <summary>Gets the period's last month, "yyyy-MM", by which periods are ordered and matched.</summary>
    public string PeriodEnd { get; init; } = string.Empty;

    /// <summary>Gets the value, or <see langword="null"/> when the observation has none.</summary>
    public decimal? Value { get; init; }

    /// <summary>Gets the value as printed when it could not be read as a number; otherwise <see langword="null"/>.</summary>
    public string? ValueText { get; init; }

    /// <summary>Gets the banding status: "Banded", "NotBanded", "NoValue" or "DataOnly".</summary>
    public string Status { get; init; } = string.Empty;

    /// <summary>Gets the band's name, or <see langword="null"/> when not banded.</summary>
    public string? Band { get; init; }

    /// <summary>Gets the name of the band's scheme, or <see langword="null"/> when not banded.</summary>
    public string? Scheme { get; init; }

    /// <summary>Gets why the observation has its band, or none.</summary>
    public string Reason { get; init; } = string.Empty;

    /// <summary>Gets the previous period of the same indicator in the run, or <see langword="null"/> for the first.</summary>
    public string? PreviousPeriod { get; init; }

    /// <summary>Gets how the band moved since the previous period: "MovedUp", "Stayed", "Dropped" or "Unknown".</summary>
    public string Movement { get; init; } = string.Empty;

    /// <summary>Gets whether the value improved since the previous period: "Improved", "Unchanged", "Worsened" or "Unknown".</summary>
    public string Direction { get; init; } = string.Empty;

    /// <summary>Gets the same period a year earlier, when the run has it; otherwise <see langword="null"/>.</summary>
    public string? YearEarlierPeriod { get; init; }

    /// <summary>Gets whether the value improved since the same period a year earlier (the same names as <see cref="Direction"/>).</summary>
    public string LongTermDirection { get; init; } = string.Empty;

    /// <summary>Gets one verdict per comparator, in comparator order.</summary>
    public IReadOnlyList<ComparisonJson> Comparisons { get; init; } = new List<ComparisonJson>();

    /// <summary>Gets whether the target was achieved: "Achieved", "NotAchieved", "NoTarget" or "Unknown".</summary>
    public string Target { get; init; } = string.Empty;

    /// <summary>Gets the target judged against: the observation's own, else the indicator's; <see langword="null"/> without either.</summary>
    public decimal? TargetValue { get; init; }
}
