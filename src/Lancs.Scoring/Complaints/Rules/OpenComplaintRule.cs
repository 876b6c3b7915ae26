using Lancs.Scoring.Engine;
using NRules.Fluent.Dsl;

namespace Lancs.Scoring.Complaints.Rules;

/// <summary>Keeps a complaint with no outcome apart, as open.</summary>
[Name("Open complaint")]
[Description("Marks a complaint with no outcome yet as open: it counts as received but not in any outcome share.")]
[Priority(100)]
[Tag("Complaints")]
[Policy("000:816 'The outcomes of 391 closed complaints ... the rest (88) were still open at year-end'; 000:863 'Eight joint complaints were still open'")]
public sealed class OpenComplaintRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        Complaint complaint = null!;
        When().Match(() => complaint, c => c.Outcome == null);
        Then().Yield(_ => new ComplaintMark(complaint, ComplaintMeasure.Open));
    }
}
