using Ardalis.SmartEnum;

namespace Lancs.Scoring.Complaints;

/// <summary>What a finding about one complaint's handling reports. Ordered by <c>Value</c>.</summary>
public sealed class ComplaintFindingKind : SmartEnum<ComplaintFindingKind>
{
    /// <summary>A deadline was missed.</summary>
    public static readonly ComplaintFindingKind DeadlineMissed = new(nameof(DeadlineMissed), 1);

    /// <summary>The response deadline was extended without a reason.</summary>
    public static readonly ComplaintFindingKind ExtensionWithoutReason = new(nameof(ExtensionWithoutReason), 2);

    /// <summary>The response deadline was extended by more than the procedure allows.</summary>
    public static readonly ComplaintFindingKind ExtensionBeyondLimit = new(nameof(ExtensionBeyondLimit), 3);

    /// <summary>A deadline cannot be worked out from the dates given.</summary>
    public static readonly ComplaintFindingKind DeadlineUnknown = new(nameof(DeadlineUnknown), 4);

    private ComplaintFindingKind(string name, int value)
        : base(name, value)
    {
    }
}
