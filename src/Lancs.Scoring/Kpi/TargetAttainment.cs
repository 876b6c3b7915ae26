using Ardalis.SmartEnum;

namespace Lancs.Scoring.Kpi;

/// <summary>Whether an observation achieved its target, given the indicator's polarity.</summary>
/// <remarks>At or better than the target is achieved: 1761 admissions against a lower-is-better target of 1795 "have achieved" it (002:585); 2,097 claims against 1,500 "exceeded" it (002:624). Ordered by <c>Value</c>.</remarks>
public sealed class TargetAttainment : SmartEnum<TargetAttainment>
{
    /// <summary>The value is at or better than the target.</summary>
    public static readonly TargetAttainment Achieved = new(nameof(Achieved), 1);

    /// <summary>The value is worse than the target.</summary>
    public static readonly TargetAttainment NotAchieved = new(nameof(NotAchieved), 2);

    /// <summary>Neither the observation nor the indicator has a target.</summary>
    public static readonly TargetAttainment NoTarget = new(nameof(NoTarget), 3);

    /// <summary>There is a target but the observation has no value.</summary>
    public static readonly TargetAttainment Unknown = new(nameof(Unknown), 4);

    private TargetAttainment(string name, int value)
        : base(name, value)
    {
    }
}
