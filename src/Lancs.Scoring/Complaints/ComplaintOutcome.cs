using Ardalis.SmartEnum;

namespace Lancs.Scoring.Complaints;

/// <summary>Every outcome the reports use. A complaint with no outcome is open; it is kept apart, not an outcome.</summary>
/// <remarks>Which outcome may occur in which stream, and the group it counts in, is data: <see cref="OutcomeGrouping"/>.</remarks>
public sealed class ComplaintOutcome : SmartEnum<ComplaintOutcome>
{
    /// <summary>Upheld (000:816).</summary>
    public static readonly ComplaintOutcome Upheld = new(nameof(Upheld), 1);

    /// <summary>Partly upheld; the papers never write "partially" (000:816).</summary>
    public static readonly ComplaintOutcome PartlyUpheld = new(nameof(PartlyUpheld), 2);

    /// <summary>Not upheld (000:816).</summary>
    public static readonly ComplaintOutcome NotUpheld = new(nameof(NotUpheld), 3);

    /// <summary>Withdrawn by the complainant (000:816, 863).</summary>
    public static readonly ComplaintOutcome Withdrawn = new(nameof(Withdrawn), 4);

    /// <summary>Resolved early, at Stage 0 (000:816, 911).</summary>
    public static readonly ComplaintOutcome ResolvedEarly = new(nameof(ResolvedEarly), 5);

    /// <summary>Signposted out of the process (000:816, 920).</summary>
    public static readonly ComplaintOutcome Signposted = new(nameof(Signposted), 6);

    /// <summary>Corporate: resolved as part of routine business matters (000:1066).</summary>
    public static readonly ComplaintOutcome ResolvedAsRoutineBusiness = new(nameof(ResolvedAsRoutineBusiness), 7);

    /// <summary>Corporate: resolved in the informal process (000:1066).</summary>
    public static readonly ComplaintOutcome ResolvedInformally = new(nameof(ResolvedInformally), 8);

    /// <summary>Corporate: resolved by the payment of a good will gesture (000:1075).</summary>
    public static readonly ComplaintOutcome GoodWillGesture = new(nameof(GoodWillGesture), 9);

    /// <summary>Corporate: the customer accepted the council's formal apology (000:1077).</summary>
    public static readonly ComplaintOutcome FormalApologyAccepted = new(nameof(FormalApologyAccepted), 10);

    /// <summary>Ombudsman: not progressed (000:877, 991, 1107).</summary>
    public static readonly ComplaintOutcome NotProgressed = new(nameof(NotProgressed), 11);

    /// <summary>Ombudsman: referred back to the council (000:877, 991).</summary>
    public static readonly ComplaintOutcome ReferredBack = new(nameof(ReferredBack), 12);

    /// <summary>Ombudsman: the Ombudsman decided not to investigate (000:1107).</summary>
    public static readonly ComplaintOutcome NotInvestigated = new(nameof(NotInvestigated), 13);

    /// <summary>Ombudsman: a local resolution was agreed (000:1107).</summary>
    public static readonly ComplaintOutcome LocalResolution = new(nameof(LocalResolution), 14);

    /// <summary>Ombudsman: upheld with a local settlement agreed (001:673, 680).</summary>
    public static readonly ComplaintOutcome LocalSettlement = new(nameof(LocalSettlement), 15);

    private ComplaintOutcome(string name, int value)
        : base(name, value)
    {
    }
}
