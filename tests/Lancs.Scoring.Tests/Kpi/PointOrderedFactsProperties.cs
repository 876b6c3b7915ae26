using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck.Xunit;
using Lancs.Scoring.Kpi;
using Lancs.Scoring.Kpi.Rules;
using Xunit;

namespace Lancs.Scoring.Tests.Kpi;

/// <summary>Laws of <see cref="PointOrderedFacts{T}"/>, which places the KPI rules' derived facts beside the points (issue 15):
/// asked about the points in their order, it returns each point's own fact and nothing for a point without one, whatever
/// the order the facts came in; a fact it could not place (a second one about a point) is reported, never dropped.</summary>
public sealed class PointOrderedFactsProperties
{
    private static readonly Indicator Indicator = KpiCatalogue.Papers.Find("CLA-RATE");

    [Property(MaxTest = 1000)]
    public bool About_ReturnsEachPointsOwnFact_InAnyArrivalOrder(bool[] hasFact, int[] shuffle)
    {
        var points = Points(hasFact.Length);
        var facts = new List<PointDirection>();
        for (var i = 0; i < points.Count; i++)
        {
            if (hasFact[i])
            {
                facts.Add(new PointDirection(points[i], KpiDirection.Improved));
            }
        }

        var arrived = Shuffled(facts, shuffle);
        var placed = new PointOrderedFacts<PointDirection>(arrived, static f => f.Point);
        var found = points.Select(placed.About).ToList();
        placed.CheckAllPlaced();
        return points.Select((point, i) => hasFact[i] ? ReferenceEquals(found[i]?.Point, point) : found[i] is null).All(ok => ok);
    }

    [Property(MaxTest = 500)]
    public bool CheckAllPlaced_ASecondFactAboutAPoint_IsReported(bool[] hasFact, byte twice, int[] shuffle)
    {
        var points = Points(hasFact.Length + 1);
        var facts = points.Where((_, i) => i == points.Count - 1 || hasFact[i]).Select(p => new PointDirection(p, KpiDirection.Improved)).ToList();
        facts.Add(new PointDirection(facts[twice % facts.Count].Point, KpiDirection.Worsened));
        var placed = new PointOrderedFacts<PointDirection>(Shuffled(facts, shuffle), static f => f.Point);
        foreach (var point in points)
        {
            placed.About(point);
        }

        return Assert.Throws<InvalidOperationException>(placed.CheckAllPlaced).Message.Contains("was not placed", StringComparison.Ordinal);
    }

    private static List<SeriesPoint> Points(int count)
    {
        var points = new List<SeriesPoint>(count);
        SeriesPoint? previous = null;
        for (var i = 0; i < count; i++)
        {
            var observation = KpiObservation.Create(Indicator.Code, KpiPeriod.Ending(2000 + (i / 12), 1 + (i % 12)), i);
            previous = new SeriesPoint(i, observation, Indicator, previous, i >= 12 ? points[i - 12] : null);
            points.Add(previous);
        }

        return points;
    }

    /// <summary>The facts in an order the seeds choose: each seed swaps two of them.</summary>
    private static List<T> Shuffled<T>(List<T> facts, int[] seeds)
    {
        var shuffled = new List<T>(facts);
        for (var s = 0; s < seeds.Length && shuffled.Count > 1; s++)
        {
            var a = (int)(unchecked((uint)seeds[s]) % (uint)shuffled.Count);
            var b = (int)(unchecked((uint)(seeds[s] / 7)) % (uint)shuffled.Count);
            (shuffled[a], shuffled[b]) = (shuffled[b], shuffled[a]);
        }

        return shuffled;
    }
}
