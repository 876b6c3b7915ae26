namespace Lancs.Scoring;

/// <summary>The names <see cref="Rejection.Field"/> takes: a stable set an app may switch on, the same for rows read from a
/// file and for records built in code.</summary>
/// <remarks>The names are the columns of <c>data/</c>'s CSV files (docs/register.md, docs/kpi.md, docs/complaints.md).
/// A name is never changed or reused for another field; new fields get new names.</remarks>
public static class RejectionField
{
    /// <summary>A whole record was missing (<see langword="null"/> in the input): "entry".</summary>
    public const string Entry = "entry";

    /// <summary>The register entry's identification number: "id".</summary>
    public const string Id = "id";

    /// <summary>The register entry's kind, risk or opportunity: "kind".</summary>
    public const string Kind = "kind";

    /// <summary>The register entry's description: "description".</summary>
    public const string Description = "description";

    /// <summary>The register entry's inherent score ("Risk Score" or "Opportunity Score"): "inherent".</summary>
    public const string Inherent = "inherent";

    /// <summary>The register entry's residual score: "residual".</summary>
    public const string Residual = "residual";

    /// <summary>The register entry's target score, or a KPI observation's target: "target".</summary>
    public const string Target = "target";

    /// <summary>The quarter a register entry belongs to, when it is not the register's: "quarter".</summary>
    public const string Quarter = "quarter";

    /// <summary>A KPI observation that was missing (<see langword="null"/>): "observation".</summary>
    public const string Observation = "observation";

    /// <summary>A KPI observation's indicator code: "indicator".</summary>
    public const string Indicator = "indicator";

    /// <summary>A KPI observation's period: "period".</summary>
    public const string Period = "period";

    /// <summary>A KPI observation's value: "value".</summary>
    public const string Value = "value";

    /// <summary>A KPI observation's comparators as a whole: "comparators".</summary>
    public const string Comparators = "comparators";

    /// <summary>A complaint that was missing (<see langword="null"/>): "complaint".</summary>
    public const string Complaint = "complaint";

    /// <summary>A complaint's reference: "reference".</summary>
    public const string Reference = "reference";

    /// <summary>A complaint's procedure: "stream".</summary>
    public const string Stream = "stream";

    /// <summary>A complaint's stage: "stage".</summary>
    public const string Stage = "stage";

    /// <summary>The date a complaint was received: "received".</summary>
    public const string Received = "received";

    /// <summary>The date a complaint was closed: "closed".</summary>
    public const string Closed = "closed";

    /// <summary>A complaint's outcome: "outcome".</summary>
    public const string Outcome = "outcome";

    /// <summary>Whether a complaint exceeded its statutory timescale: "exceeded_timescale".</summary>
    public const string ExceededTimescale = "exceeded_timescale";

    /// <summary>The date a complaint was acknowledged: "acknowledged".</summary>
    public const string Acknowledged = "acknowledged";

    /// <summary>The date a complaint was escalated: "escalated".</summary>
    public const string Escalated = "escalated";

    /// <summary>The days a complaint's response deadline was extended by: "extension_days".</summary>
    public const string ExtensionDays = "extension_days";

    /// <summary>Returns the name of one comparator of a KPI observation: "comparator " and the comparator's name.</summary>
    /// <param name="comparator">The comparator's name, for example "NorthWest".</param>
    /// <returns>"comparator NorthWest".</returns>
    public static string Comparator(string comparator) => "comparator " + comparator;
}
