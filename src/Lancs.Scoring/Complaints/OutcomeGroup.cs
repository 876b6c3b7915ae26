using Ardalis.SmartEnum;

namespace Lancs.Scoring.Complaints;

/// <summary>The groups the reports count outcomes in; which outcome falls in which group depends on the stream.</summary>
public sealed class OutcomeGroup : SmartEnum<OutcomeGroup>
{
    /// <summary>"Justified": upheld or partly upheld (000:788, 816).</summary>
    public static readonly OutcomeGroup Justified = new(nameof(Justified), 1, "justified (upheld or partly upheld)");

    /// <summary>Not upheld (000:816, 920).</summary>
    public static readonly OutcomeGroup NotUpheld = new(nameof(NotUpheld), 2, "not upheld");

    /// <summary>"Nipped in the bud": for statutory complaints withdrawn, resolved early or signposted (000:788, 816); for
    /// corporate complaints everything resolved before the formal stage (000:654, 1046).</summary>
    public static readonly OutcomeGroup NippedInTheBud = new(nameof(NippedInTheBud), 3, "nipped in the bud");

    /// <summary>Corporate formal complaints resolved with a remedy (000:1075-1077).</summary>
    public static readonly OutcomeGroup ResolvedWithRemedy = new(nameof(ResolvedWithRemedy), 4, "resolved with a remedy");

    /// <summary>Ombudsman: "council action sufficient", which the report counts as not progressed only (000:877).</summary>
    public static readonly OutcomeGroup CouncilActionSufficient = new(nameof(CouncilActionSufficient), 5, "council action sufficient");

    /// <summary>Ombudsman: "additional action required", the upheld share (000:877, 991).</summary>
    public static readonly OutcomeGroup AdditionalActionRequired = new(nameof(AdditionalActionRequired), 6, "additional action required");

    /// <summary>Ombudsman: referred back to the council, in no group of the narrative (000:877).</summary>
    public static readonly OutcomeGroup ReferredBack = new(nameof(ReferredBack), 7, "referred back");

    private OutcomeGroup(string name, int value, string label)
        : base(name, value)
    {
        Label = label;
    }

    /// <summary>Gets the group's name as the reports write it.</summary>
    public string Label { get; }
}
