using System;
using System.Linq;
using Lancs.Scoring.Complaints;
using System.Collections.Generic;

namespace Lancs.Scoring.Json;

/// <summary>Classified complaints as JSON (docs/json.md): each stream's figures per year with outcome shares, the deadline
/// findings, the printed figures that do not add up, and the rejected rows.</summary>
public sealed class ComplaintsJson
{
    /// <summary>Gets one report per financial year and stream.</summary>
    public IReadOnlyList<ComplaintsReportJson> Reports { get; init; } = new List<ComplaintsReportJson>();

    /// <summary>Gets the findings about deadlines and extensions.</summary>
    public IReadOnlyList<ComplaintFindingJson> Findings { get; init; } = new List<ComplaintFindingJson>();

    /// <summary>Gets the printed figures checked that do not add up, as sentences (empty when none were checked).</summary>
    public IReadOnlyList<string> FigureFindings { get; init; } = new List<string>();

    /// <summary>Gets the rejected rows.</summary>
    public IReadOnlyList<RejectionJson> Rejections { get; init; } = new List<RejectionJson>();

    /// <summary>Returns classified complaints in the contract's shape.</summary>
    /// <param name="classification">The classification.</param>
    /// <param name="figureFindings">The printed figures that do not add up, or <see langword="null"/>.</param>
    /// <param name="inputRejections">Records rejected before classifying, listed before the classification's own.</param>
    /// <returns>The reports, findings and rejections as JSON objects.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="classification"/> is <see langword="null"/>.</exception>
    public static ComplaintsJson From(ComplaintClassification classification, IEnumerable<ReportFinding>? figureFindings = null, IEnumerable<Rejection>? inputRejections = null)
    {
        Guard.NotNull(classification);
        return new ComplaintsJson
        {
            Reports = classification.Reports.Select(ComplaintShapes.Report).ToList(),
            Findings = classification.Findings.Select(ComplaintShapes.Finding).ToList(),
            FigureFindings = (figureFindings ?? Array.Empty<ReportFinding>()).Select(f => f.Message).ToList(),
            Rejections = (inputRejections ?? Array.Empty<Rejection>()).Concat(classification.Rejections).Select(RejectionJson.From).ToList(),
        };
    }
}
