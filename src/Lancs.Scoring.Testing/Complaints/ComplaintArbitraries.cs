using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using Lancs.Scoring.Complaints;

namespace Lancs.Scoring.Testing;

/// <summary>FsCheck generators, with shrinking, for complaints: batches of one stream's complaints of 2016/17
/// (<see cref="GeneratedComplaints"/>). Register the class with <c>[Properties(Arbitrary = new[] { typeof(ComplaintArbitraries) })]</c>.</summary>
/// <remarks>A batch shrinks by dropping complaints, then by dropping their timelines.</remarks>
public static class ComplaintArbitraries
{
    /// <summary>Batches of up to 40 complaints of one stream under the published grouping.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<GeneratedComplaints> Batches() => BatchesFor(OutcomeGrouping.Default);

    /// <summary>Batches of up to 40 complaints of one stream, outcomes and stages those <paramref name="grouping"/> allows
    /// (internal: FsCheck registers a class's public methods that return an arbitrary, and this one takes a grouping).</summary>
    internal static Arbitrary<GeneratedComplaints> BatchesFor(OutcomeGrouping grouping) => Arb.From(BatchGen(grouping), Shrink);

    /// <summary>A generator of batches of up to 40 complaints of one stream that has outcomes under <paramref name="grouping"/>.</summary>
    /// <param name="grouping">The council's grouping.</param>
    /// <returns>The generator.</returns>
    public static Gen<GeneratedComplaints> BatchGen(OutcomeGrouping grouping)
    {
        var streams = ComplaintStream.List.Where(s => grouping.OutcomesOf(s).Count > 0).ToArray();
        return from stream in Gen.Elements(streams)
               from items in Gen.ListOf(Item(grouping, stream))
               select new GeneratedComplaints(stream, items.Take(40).ToList(), grouping);
    }

    private static IEnumerable<GeneratedComplaints> Shrink(GeneratedComplaints batch)
    {
        for (var i = 0; i < batch.Items.Count; i++)
        {
            yield return batch.With(batch.Items.Where((_, j) => j != i).ToList());
        }

        for (var i = 0; i < batch.Items.Count; i++)
        {
            if (batch.Items[i].Dated)
            {
                yield return batch.With(batch.Items.Select((item, j) => j == i ? item.Undated() : item).ToList());
            }
        }
    }

    private static Gen<GeneratedComplaint> Item(OutcomeGrouping grouping, ComplaintStream stream) =>
        from outcome in Gen.Elements(grouping.OutcomesOf(stream).Cast<ComplaintOutcome?>().Append(null).ToArray())
        from stage in Gen.Choose(0, 3)
        from received in Gen.Choose(0, 364)
        from dated in Gen.Elements(true, true, false)
        from escalateAfter in Gen.Choose(0, 60)
        from escalated in Gen.Elements(true, true, true, false)
        from acknowledgeAfter in Gen.Choose(0, 9)
        from acknowledged in Gen.Elements(true, true, false)
        from closeAfter in Gen.Choose(0, 40)
        from nearSixMonths in Gen.Elements(true, false, false)
        from extension in Gen.Elements(0, 0, 0, 5, 10, 15)
        from reason in Gen.Elements(true, false)
        select new GeneratedComplaint(outcome, stage, received, dated, escalateAfter, escalated, acknowledgeAfter, acknowledged, closeAfter, nearSixMonths, extension, reason);
}
