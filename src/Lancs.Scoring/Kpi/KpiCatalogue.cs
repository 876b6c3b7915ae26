using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace Lancs.Scoring.Kpi;

/// <summary>
/// A set of indicators with unique codes: the policy a <see cref="KpiScorer"/> scores against.
/// </summary>
/// <remarks>Immutable. Codes are matched ignoring case. <see cref="Papers"/> is the catalogue transcribed from the
/// council papers.</remarks>
public sealed partial class KpiCatalogue
{
    private readonly Dictionary<string, Indicator> _byCode;

    private KpiCatalogue(IReadOnlyList<Indicator> indicators, Dictionary<string, Indicator> byCode)
    {
        Indicators = indicators;
        _byCode = byCode;
    }

    /// <summary>Gets the catalogue of every indicator the council papers band or key (see docs/kpi.md).</summary>
    public static KpiCatalogue Papers { get; } = Create(PapersCatalogue.Indicators());

    /// <summary>Gets the indicators in the order given.</summary>
    public IReadOnlyList<Indicator> Indicators { get; }

    /// <summary>Creates a catalogue.</summary>
    /// <param name="indicators">The indicators; codes must be unique, ignoring case.</param>
    /// <returns>The catalogue.</returns>
    /// <exception cref="ArgumentException">An indicator is missing or two share a code.</exception>
    public static KpiCatalogue Create(IEnumerable<Indicator> indicators)
    {
        Guard.NotNull(indicators);
        var list = indicators.ToList();
        var byCode = new Dictionary<string, Indicator>(StringComparer.OrdinalIgnoreCase);
        for (int i = 0; i < list.Count; i++)
        {
            Indicator? indicator = list[i];
            if (indicator is null)
            {
                throw new ArgumentException(string.Format(CultureInfo.InvariantCulture, "Catalogue entry {0} is missing.", i), nameof(indicators));
            }

            if (byCode.ContainsKey(indicator.Code))
            {
                throw new ArgumentException(string.Format(
                    CultureInfo.InvariantCulture, "Indicator '{0}', field code: the code is used twice in the catalogue.", indicator.Code), nameof(indicators));
            }

            byCode.Add(indicator.Code, indicator);
        }

        return new KpiCatalogue(list.AsReadOnly(), byCode);
    }

    /// <summary>Returns a copy with more indicators: one whose code the catalogue has replaces it in place (ignoring case), the
    /// rest are added at the end.</summary>
    /// <param name="indicators">The indicators, such as a council's own RAG or data-only definitions.</param>
    /// <returns>The changed catalogue.</returns>
    /// <exception cref="ArgumentException">An indicator is missing or two of <paramref name="indicators"/> share a code.</exception>
    public KpiCatalogue With(IEnumerable<Indicator> indicators)
    {
        var added = Create(Guard.NotNull(indicators));
        var replaced = Indicators.Select(i => added.TryFind(i.Code, out Indicator? other) ? other! : i);
        return Create(replaced.Concat(added.Indicators.Where(i => !TryFind(i.Code, out _))));
    }

    /// <summary>Finds an indicator by code, ignoring case.</summary>
    /// <param name="code">The code.</param>
    /// <param name="indicator">The indicator, when found.</param>
    /// <returns><see langword="true"/> when the catalogue has it.</returns>
    public bool TryFind(string? code, out Indicator? indicator)
    {
        indicator = null;
        return code is not null && _byCode.TryGetValue(code, out indicator);
    }

    /// <summary>Finds an indicator by code, ignoring case.</summary>
    /// <param name="code">The code.</param>
    /// <returns>The indicator.</returns>
    /// <exception cref="KeyNotFoundException">The catalogue has no indicator with that code.</exception>
    public Indicator Find(string code)
        => TryFind(code, out Indicator? indicator)
            ? indicator!
            : throw new KeyNotFoundException(string.Format(CultureInfo.InvariantCulture, "The catalogue has no indicator '{0}'.", code));
}
