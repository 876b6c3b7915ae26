namespace Lancs.Scoring.Complaints;

/// <summary>One line of an <see cref="OutcomeGrouping"/>: in this stream, this outcome counts in this group.</summary>
/// <remarks>The classification rule joins each complaint to its grouping entry, so the grouping stays data.</remarks>
public sealed class GroupingEntry
{
    internal GroupingEntry(ComplaintStream stream, ComplaintOutcome outcome, OutcomeGroup group)
    {
        Stream = stream;
        Outcome = outcome;
        Group = group;
    }

    /// <summary>Gets the stream.</summary>
    public ComplaintStream Stream { get; }

    /// <summary>Gets the outcome.</summary>
    public ComplaintOutcome Outcome { get; }

    /// <summary>Gets the group the outcome counts in, in this stream.</summary>
    public OutcomeGroup Group { get; }

    /// <summary>Gets the key the classification joins on: stream and outcome.</summary>
    internal int Key => KeyOf(Stream, Outcome);

    /// <summary>Returns "Corporate: ResolvedInformally -> NippedInTheBud".</summary>
    /// <returns>The entry in one line.</returns>
    public override string ToString() => $"{Stream}: {Outcome} -> {Group}";

    internal static int KeyOf(ComplaintStream stream, ComplaintOutcome outcome) => (stream.Value * 1000) + outcome.Value;
}
