using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace Lancs.Scoring.Kpi;

/// <summary>
/// One printed value of an indicator for a period, with the comparators and target printed beside it.
/// </summary>
/// <remarks>An observation may have no value ("no value" is explicit: <see cref="HasValue"/> is false), as when
/// the papers print a band but no number (000:1640). An observation read from a double or from text keeps what it
/// was given; when that is not a finite number, <see cref="IsUnreadable"/> is true and scoring rejects it.</remarks>
public sealed class KpiObservation
{
    private static readonly Dictionary<ComparatorKind, decimal> NoComparators = new Dictionary<ComparatorKind, decimal>();

    private KpiObservation(string indicatorCode, KpiPeriod period, decimal? value, string? valueText, IReadOnlyDictionary<ComparatorKind, decimal>? comparators, decimal? target)
    {
        IndicatorCode = Guard.NotEmpty(indicatorCode);
        Period = Guard.NotNull(period);
        Value = value;
        ValueText = valueText;
        ComparatorTable = comparators is null ? NoComparators : comparators.ToDictionary(p => p.Key, p => p.Value);
        Target = target;
    }

    /// <summary>Gets the code of the indicator observed.</summary>
    public string IndicatorCode { get; }

    /// <summary>Gets the period observed.</summary>
    public KpiPeriod Period { get; }

    /// <summary>Gets the value, or <see langword="null"/> when there is none (or it could not be read).</summary>
    public decimal? Value { get; }

    /// <summary>Gets the value as given, when it was given as text or as a double; otherwise <see langword="null"/>.</summary>
    public string? ValueText { get; }

    /// <summary>Gets the comparator values printed for this period; they take precedence over the indicator's.</summary>
    public IReadOnlyDictionary<ComparatorKind, decimal> Comparators => ComparatorTable;

    /// <summary>Gets <see cref="Comparators"/> as the dictionary it is, so the validator walks it with the dictionary's own
    /// enumerator and does not box one per observation.</summary>
    internal Dictionary<ComparatorKind, decimal> ComparatorTable { get; }

    /// <summary>Gets the target for this period, or <see langword="null"/> to use the indicator's.</summary>
    public decimal? Target { get; }

    /// <summary>Gets a value indicating whether the observation has a value.</summary>
    public bool HasValue => Value is not null;

    /// <summary>Gets a value indicating whether a value was given but is not a finite number.</summary>
    public bool IsUnreadable => Value is null && ValueText is not null;

    /// <summary>Gets the observation's identity for messages: "code @ period".</summary>
    public string Entry => IndicatorCode + " @ " + Period.Label;

    /// <summary>Creates an observation with a value, or with no value when <paramref name="value"/> is null.</summary>
    /// <param name="indicatorCode">The indicator's code.</param>
    /// <param name="period">The period.</param>
    /// <param name="value">The value, or <see langword="null"/> when none was printed.</param>
    /// <param name="comparators">Comparator values printed beside it, if any.</param>
    /// <param name="target">The target for the period, if any.</param>
    /// <returns>The observation.</returns>
    public static KpiObservation Create(string indicatorCode, KpiPeriod period, decimal? value, IReadOnlyDictionary<ComparatorKind, decimal>? comparators = null, decimal? target = null)
        => new(indicatorCode, period, value, null, comparators, target);

    /// <summary>Checks an app's own record of an observation; never throws on bad values.</summary>
    /// <param name="draft">The record.</param>
    /// <param name="observation">The observation, when the record is valid.</param>
    /// <param name="rejection">Why not, naming the record and the field by one of <see cref="RejectionField"/>'s names.
    /// The scorer still checks the observation against its catalogue (a known indicator, a value within bounds).</param>
    /// <returns>Whether the record is valid.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="draft"/> is <see langword="null"/>.</exception>
    public static bool TryCreate(KpiObservationDraft draft, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out KpiObservation? observation,
        [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out Rejection? rejection)
    {
        Guard.NotNull(draft);
        observation = null;
        var code = draft.IndicatorCode?.Trim() ?? string.Empty;
        var name = string.Format(CultureInfo.InvariantCulture, code.Length == 0 ? "record {1}" : "{0} (record {1})", Quoting.Value(code), draft.Position + 1);
        if (code.Length == 0)
        {
            rejection = new Rejection(name, RejectionField.Indicator, draft.IndicatorCode, "every observation needs its indicator's code.");
            return false;
        }

        if (draft.PeriodEndYear < 1900 || draft.PeriodEndYear > 9999 || draft.PeriodEndMonth < 1 || draft.PeriodEndMonth > 12)
        {
            rejection = new Rejection(name, RejectionField.Period, string.Format(CultureInfo.InvariantCulture, "{0}-{1}", draft.PeriodEndYear, draft.PeriodEndMonth),
                "the period's end must be a year from 1900 to 9999 and a month from 1 to 12.");
            return false;
        }

        var comparators = new Dictionary<ComparatorKind, decimal>();
        foreach (var pair in draft.Comparators ?? new Dictionary<string, decimal>())
        {
            if (string.IsNullOrWhiteSpace(pair.Key) || !ComparatorKind.TryFromName(pair.Key.Trim(), ignoreCase: true, out var kind) || comparators.ContainsKey(kind))
            {
                rejection = new Rejection(name, RejectionField.Comparators, pair.Key,
                    $"not a comparator, or given twice; the comparators are {string.Join(", ", ComparatorKind.List)}.");
                return false;
            }

            comparators.Add(kind, pair.Value);
        }

        observation = new(code, KpiPeriod.Ending(draft.PeriodEndYear, draft.PeriodEndMonth, draft.PeriodLabel), draft.Value, null, comparators, draft.Target);
        rejection = null;
        return true;
    }

    /// <summary>Creates an observation from a double; NaN and infinity are kept as unreadable, not guessed.</summary>
    /// <param name="indicatorCode">The indicator's code.</param>
    /// <param name="period">The period.</param>
    /// <param name="value">The value.</param>
    /// <returns>The observation.</returns>
    public static KpiObservation FromDouble(string indicatorCode, KpiPeriod period, double value)
    {
        string text = value.ToString("R", CultureInfo.InvariantCulture);
        bool finite = !double.IsNaN(value) && !double.IsInfinity(value) && Math.Abs(value) < 7.9e28;
        return new(indicatorCode, period, finite ? (decimal?)Convert.ToDecimal(value, CultureInfo.InvariantCulture) : null, text, null, null);
    }

    /// <summary>Creates an observation from a value as printed ("1,875", "20.0"); empty text means no value.</summary>
    /// <param name="indicatorCode">The indicator's code.</param>
    /// <param name="period">The period.</param>
    /// <param name="text">The value as printed, thousands separators allowed.</param>
    /// <returns>The observation; unreadable when the text is not a number.</returns>
    public static KpiObservation FromText(string indicatorCode, KpiPeriod period, string? text)
    {
        if (text is null || text.Trim().Length == 0)
        {
            return new(indicatorCode, period, null, null, null, null);
        }

        bool ok = decimal.TryParse(text.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out decimal parsed);
        return new(indicatorCode, period, ok ? parsed : null, text, null, null);
    }

    /// <summary>Returns the entry and the value.</summary>
    /// <returns>"code @ period: value".</returns>
    public override string ToString() => Entry + ": " + (Value?.ToString(CultureInfo.InvariantCulture) ?? ValueText ?? "no value");
}
