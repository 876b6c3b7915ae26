namespace Lancs.Scoring.Complaints;

/// <summary>A fact the rules derive: a closed complaint and the group its outcome counts in.</summary>
public sealed class ClassifiedComplaint
{
    internal ClassifiedComplaint(Complaint complaint, OutcomeGroup group)
    {
        Complaint = complaint;
        Group = group;
    }

    /// <summary>Gets the complaint.</summary>
    public Complaint Complaint { get; }

    /// <summary>Gets the group its outcome counts in.</summary>
    public OutcomeGroup Group { get; }

    /// <summary>Returns "ASC-1: NippedInTheBud".</summary>
    /// <returns>The classification.</returns>
    public override string ToString() => $"{Complaint.Reference}: {Group}";
}
