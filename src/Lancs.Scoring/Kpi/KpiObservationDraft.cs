using System.Collections.Generic;

namespace Lancs.Scoring.Kpi;

/// <summary>An observation as an app's own performance system holds it, before validation: the period as its end
/// month, comparators by name. <see cref="KpiObservation.TryCreate"/> turns it into a <see cref="KpiObservation"/> or a
/// <see cref="Rejection"/>.</summary>
public sealed class KpiObservationDraft
{
    /// <summary>Gets the record's position in its batch (0-based); a rejection names the record by it.</summary>
    public int Position { get; init; }

    /// <summary>Gets the indicator's code, as in the catalogue; it must not be blank.</summary>
    public string? IndicatorCode { get; init; }

    /// <summary>Gets the calendar year of the period's last month, 1900 to 9999.</summary>
    public int PeriodEndYear { get; init; }

    /// <summary>Gets the period's last month, 1 to 12.</summary>
    public int PeriodEndMonth { get; init; }

    /// <summary>Gets the period as printed ("Q2 2017/18"), or <see langword="null"/> for "yyyy-MM".</summary>
    public string? PeriodLabel { get; init; }

    /// <summary>Gets the value, or <see langword="null"/> when none was reported.</summary>
    public decimal? Value { get; init; }

    /// <summary>Gets comparator values by comparator name (one of <c>ComparatorKind.List</c>, ignoring case), or <see langword="null"/>.</summary>
    public IReadOnlyDictionary<string, decimal>? Comparators { get; init; }

    /// <summary>Gets the period's target, or <see langword="null"/>.</summary>
    public decimal? Target { get; init; }
}
