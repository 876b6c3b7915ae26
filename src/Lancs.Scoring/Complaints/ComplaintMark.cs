namespace Lancs.Scoring.Complaints;

/// <summary>A fact the rules derive: a complaint counted in one of the report's figures over complaints received.</summary>
public sealed class ComplaintMark
{
    internal ComplaintMark(Complaint complaint, ComplaintMeasure measure)
    {
        Complaint = complaint;
        Measure = measure;
    }

    /// <summary>Gets the complaint.</summary>
    public Complaint Complaint { get; }

    /// <summary>Gets the figure it counts in.</summary>
    public ComplaintMeasure Measure { get; }

    /// <summary>Returns "ASC-1: Open".</summary>
    /// <returns>The mark.</returns>
    public override string ToString() => $"{Complaint.Reference}: {Measure}";
}
