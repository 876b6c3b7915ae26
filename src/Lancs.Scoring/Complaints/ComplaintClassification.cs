using System.Collections.Generic;
using System.Linq;

namespace Lancs.Scoring.Complaints;

/// <summary>A year's complaints classified: each closed complaint's group, the open ones, each stream's report, the rejections.</summary>
public sealed class ComplaintClassification
{
    internal ComplaintClassification(IReadOnlyList<ClassifiedComplaint> classified, IReadOnlyList<Complaint> open, IReadOnlyList<ComplaintsReport> reports, IReadOnlyList<Rejection> rejections)
    {
        Classified = classified;
        Open = open;
        Reports = reports;
        Rejections = rejections;
    }

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
