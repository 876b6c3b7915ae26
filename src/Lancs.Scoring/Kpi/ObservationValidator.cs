using System.Collections.Generic;
using System.Globalization;

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
        var order = SeriesOrder(accepted, out int[] seriesOf);
        var series = new List<SeriesPoint>();
        var yearBack = 0; // in series: the first point whose period is at most a year before the current one's (periods only rise)
        for (var k = 0; k < order.Length; k++)
        {
            int i = order[k];
            (KpiObservation observation, Indicator indicator) = accepted[i];
            SeriesPoint? previous = k > 0 && seriesOf[order[k - 1]] == seriesOf[i] ? series[series.Count - 1] : null;
            if (previous is null)
            {
                series.Clear();
                yearBack = 0;
            }
            else if (previous.Observation.Period.Equals(observation.Period))
            {
                rejections.Add(new Rejection(Name(observation), RejectionField.Period, observation.Period.Label, Text(
                    "Indicator '{0}' already has an observation for the period ending {1:0000}-{2:00}; each period may appear once.",
                    indicator.Code,
                    observation.Period.EndYear,
                    observation.Period.EndMonth)));
                continue;
            }

            var yearEarlierOrder = observation.Period.Order - 12;
            while (yearBack < series.Count && series[yearBack].PeriodOrder < yearEarlierOrder)
            {
                yearBack++;
            }

            SeriesPoint? yearEarlier = yearBack < series.Count && series[yearBack].PeriodOrder == yearEarlierOrder ? series[yearBack] : null;
            var point = new SeriesPoint(i, observation, indicator, previous, yearEarlier);
            series.Add(point);
            points[i] = point;
        }

        var prepared = new List<SeriesPoint>(accepted.Count);
        foreach (SeriesPoint? point in points)
        {
            if (point is not null)
            {
                prepared.Add(point);
            }
        }

        return prepared;
    }

    /// <summary>Returns the accepted observations' positions grouped into series, one per indicator code in the order the
    /// codes first appear, each series by period and then by position: the order in which points are linked.
    /// <paramref name="seriesOf"/> gets each position's series.</summary>
    /// <remarks>The series are laid out by counting, and each is sorted on one plain key (period, position) only when its
    /// observations did not come in period order already, as a monthly or quarterly batch usually does.</remarks>
    private static int[] SeriesOrder(List<(KpiObservation Observation, Indicator Indicator)> accepted, out int[] seriesOf)
    {
        var numbers = new Dictionary<string, int>(System.StringComparer.Ordinal);
        var sizes = new List<int>();
        seriesOf = new int[accepted.Count];
        for (var i = 0; i < accepted.Count; i++)
        {
            string code = accepted[i].Indicator.Code;
            if (!numbers.TryGetValue(code, out int number))
            {
                number = numbers.Count;
                numbers.Add(code, number);
                sizes.Add(0);
            }

            seriesOf[i] = number;
            sizes[number]++;
        }

        var starts = new int[sizes.Count + 1];
        for (var n = 0; n < sizes.Count; n++)
        {
            starts[n + 1] = starts[n] + sizes[n];
        }

        var next = (int[])starts.Clone();
        var keys = new long[accepted.Count];
        for (var i = 0; i < accepted.Count; i++)
        {
            keys[next[seriesOf[i]]++] = ((long)accepted[i].Observation.Period.Order << 32) | (uint)i;
        }

        for (var n = 0; n < sizes.Count; n++)
        {
            if (!IsSorted(keys, starts[n], starts[n + 1]))
            {
                System.Array.Sort(keys, starts[n], sizes[n]);
            }
        }

        var order = new int[keys.Length];
        for (var k = 0; k < keys.Length; k++)
        {
            order[k] = unchecked((int)keys[k]);
        }

        return order;
    }

    private static bool IsSorted(long[] keys, int start, int end)
    {
        for (var k = start + 1; k < end; k++)
        {
            if (keys[k - 1] > keys[k])
            {
                return false;
            }
        }

        return true;
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
