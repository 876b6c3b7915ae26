using System.Collections.Generic;
using System.Linq;

namespace Lancs.Scoring.Complaints;

/// <summary>A year's complaints classified: each closed complaint's group, the open ones, each stream's report, the deadlines of
/// dated complaints and what was found about them, the rejections.</summary>
public sealed class ComplaintClassification
{
    internal ComplaintClassification(IReadOnlyList<ClassifiedComplaint> classified, IReadOnlyList<Complaint> open, IReadOnlyList<ComplaintsReport> reports, IReadOnlyList<Rejection> rejections,
        IReadOnlyList<DeadlineCheck> deadlines, IReadOnlyList<ComplaintFinding> findings)
    {
        Classified = classified;
        Open = open;
        Reports = reports;
        Rejections = rejections;
        Deadlines = deadlines;
        Findings = findings;
    }

    /// <summary>Gets each deadline of each complaint given with dates, worked out, in input order.</summary>
    public IReadOnlyList<DeadlineCheck> Deadlines { get; }

    /// <summary>Gets what the complaints team should look at: missed deadlines, extensions without a reason or beyond the limit,
    /// deadlines that cannot be worked out; in input order.</summary>
    public IReadOnlyList<ComplaintFinding> Findings { get; }

    /// <summary>Gets each complaint closed with an outcome and its group, in input order.</summary>
    public IReadOnlyList<ClassifiedComplaint> Classified { get; }

    /// <summary>Gets the complaints still open, kept apart.</summary>
    public IReadOnlyList<Complaint> Open { get; }

    /// <summary>Gets one report per financial year and stream that has complaints.</summary>
    public IReadOnlyList<ComplaintsReport> Reports { get; }

    /// <summary>Gets the complaints that could not be classified, each with the field at fault.</summary>
    public IReadOnlyList<Rejection> Rejections { get; }

    /// <summary>Returns the report for a year and stream, or <see langword="null"/> when it had no complaints.</summary>
    /// <param name="financialYear">The financial year: 2016 for 2016/17.</param>
    /// <param name="stream">The stream.</param>
    /// <returns>The report, or <see langword="null"/>.</returns>
    public ComplaintsReport? ReportFor(int financialYear, ComplaintStream stream) =>
        Reports.FirstOrDefault(r => r.FinancialYear == financialYear && r.Stream == stream);
}
