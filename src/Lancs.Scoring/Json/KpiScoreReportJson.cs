using System;
using System.Linq;
using Lancs.Scoring.Kpi;
using System.Collections.Generic;

namespace Lancs.Scoring.Json;

/// <summary>A batch of scored KPI observations as JSON (docs/json.md): the catalogue used, by name, one result per valid
/// observation and one rejection per bad one.</summary>
public sealed class KpiScoreReportJson
{
    /// <summary>Gets the name of the catalogue the observations were scored against, such as "papers".</summary>
    public string Catalogue { get; init; } = string.Empty;

    /// <summary>Gets one result per valid observation, in input order.</summary>
    public IReadOnlyList<KpiResultJson> Results { get; init; } = new List<KpiResultJson>();

    /// <summary>Gets one rejection per bad observation.</summary>
    public IReadOnlyList<RejectionJson> Rejections { get; init; } = new List<RejectionJson>();

    /// <summary>Returns a batch of scored observations in the contract's shape.</summary>
    /// <param name="report">The report.</param>
    /// <param name="catalogue">The name of the catalogue scored against.</param>
    /// <param name="inputRejections">Records rejected before scoring, listed before the report's own.</param>
    /// <returns>The report as JSON objects.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> or <paramref name="catalogue"/> is <see langword="null"/>.</exception>
    public static KpiScoreReportJson From(KpiScoreReport report, string catalogue, IEnumerable<Rejection>? inputRejections = null)
    {
        Guard.NotNull(report);
        return new KpiScoreReportJson
        {
            Catalogue = Guard.NotNull(catalogue),
            Results = report.Results.Select(KpiShapes.Result).ToList(),
            Rejections = (inputRejections ?? Array.Empty<Rejection>()).Concat(report.Rejections).Select(RejectionJson.From).ToList(),
        };
    }
}
