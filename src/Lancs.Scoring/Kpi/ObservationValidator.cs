using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace Lancs.Scoring.Kpi;

/// <summary>
/// Checks observations against the catalogue and links each valid one to its predecessor; bad ones become
/// <see cref="Rejection"/>s and never stop the rest.
/// </summary>
internal static class ObservationValidator
{
    public static List<SeriesPoint> Prepare(KpiCatalogue catalogue, IEnumerable<KpiObservation?> observations, List<Rejection> rejections)
    {
        var accepted = new List<(KpiObservation Observation, Indicator Indicator)>();
        int position = 0;
        foreach (KpiObservation? observation in observations)
        {
            position++;
            if (observation is null)
            {
                rejections.Add(new Rejection(Text("observation {0}", position), RejectionField.Observation, null, "The observation is missing."));
            }
            else if (Check(catalogue, observation) is Rejection rejection)
            {
                rejections.Add(rejection);
            }
            else
            {
                accepted.Add((observation, catalogue.Find(observation.IndicatorCode)));
            }
        }

        var points = new SeriesPoint?[accepted.Count];
        foreach (var series in Enumerable.Range(0, accepted.Count).GroupBy(i => accepted[i].Indicator.Code))
        {
            SeriesPoint? previous = null;
            foreach (int i in series.OrderBy(i => accepted[i].Observation.Period.Order).ThenBy(i => i))
            {
                (KpiObservation observation, Indicator indicator) = accepted[i];
                if (previous is not null && previous.Observation.Period.Equals(observation.Period))
                {
                    rejections.Add(new Rejection(Name(observation), RejectionField.Period, observation.Period.Label, Text(
                        "Indicator '{0}' already has an observation for the period ending {1:0000}-{2:00}; each period may appear once.",
                        indicator.Code,
                        observation.Period.EndYear,
                        observation.Period.EndMonth)));
                    continue;
                }

                previous = new SeriesPoint(i, observation, indicator, previous);
                points[i] = previous;
            }
        }

        return points.Where(p => p is not null).Select(p => p!).ToList();
    }

    private static Rejection? Check(KpiCatalogue catalogue, KpiObservation observation)
    {
        if (!catalogue.TryFind(observation.IndicatorCode, out Indicator? found))
        {
            return new Rejection(Name(observation), RejectionField.Indicator, observation.IndicatorCode, Text(
                "Indicator '{0}' is not in the catalogue; check the code or add the indicator.", Quoting.Value(observation.IndicatorCode)));
        }

        Indicator indicator = found!;
        if (observation.IsUnreadable)
        {
            return new Rejection(Name(observation), RejectionField.Value, observation.ValueText, Text(
                "Indicator '{0}': value '{1}' is not a finite number; give a number or leave the value empty.", indicator.Code, Quoting.Value(observation.ValueText)));
        }

        if (observation.Value is decimal value && !indicator.IsWithinBounds(value))
        {
            return new Rejection(Name(observation), RejectionField.Value, Text("{0}", value), Text(
                "Indicator '{0}': value {1} lies outside its bounds {2} to {3} ({4}).",
                indicator.Code,
                value,
                indicator.Minimum,
                indicator.Maximum?.ToString(CultureInfo.InvariantCulture) ?? "unbounded",
                indicator.Unit.Symbol));
        }

        foreach (KeyValuePair<ComparatorKind, decimal> comparator in observation.ComparatorTable)
        {
            if (!indicator.IsWithinBounds(comparator.Value))
            {
                return new Rejection(Name(observation), RejectionField.Comparator(comparator.Key.Name), Text("{0}", comparator.Value), Text(
                    "Indicator '{0}': the {1} {2} lies outside the indicator's bounds {3} to {4}.",
                    indicator.Code,
                    comparator.Key.Label,
                    comparator.Value,
                    indicator.Minimum,
                    indicator.Maximum?.ToString(CultureInfo.InvariantCulture) ?? "unbounded"));
            }
        }

        return indicator.HasRelativeThresholds ? CheckRelativeThresholds(indicator, observation) : null;
    }

    private static Rejection? CheckRelativeThresholds(Indicator indicator, KpiObservation observation)
    {
        decimal[]? resolved;
        try
        {
            resolved = KpiBanding.ResolveThresholds(indicator, observation, out _);
        }
        catch (System.OverflowException)
        {
            return new Rejection(Name(observation), RejectionField.Comparators, null, Text(
                "Indicator '{0}': a threshold worked out from this observation's comparators is too large to represent.", indicator.Code));
        }

        if (resolved is not null && KpiBanding.OrderProblem(indicator, resolved) is string problem)
        {
            return new Rejection(Name(observation), RejectionField.Comparators, Text("{0}", string.Join(" / ", resolved)), Text(
                "With this observation's comparators the thresholds of indicator '{0}' are out of order: {1}", indicator.Code, problem));
        }

        return null;
    }

    /// <summary>Names an observation in a rejection as <see cref="KpiObservation.Entry"/> does, each part quoted as messages quote values.</summary>
    private static string Name(KpiObservation observation) => Quoting.Value(observation.IndicatorCode) + " @ " + Quoting.Value(observation.Period.Label);

    private static string Text(string format, params object?[] args) => string.Format(CultureInfo.InvariantCulture, format, args);
}
