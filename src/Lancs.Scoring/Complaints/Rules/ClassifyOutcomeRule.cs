using Lancs.Scoring.Engine;
using NRules.Fluent.Dsl;

namespace Lancs.Scoring.Complaints.Rules;

/// <summary>Puts each closed complaint in the group its outcome counts in within its stream.</summary>
[Name("Classify outcome")]
[Description("Puts each complaint closed with an outcome in the group that outcome counts in within its stream, as the grouping says.")]
[Priority(100)]
[Tag("Complaints")]
[Policy("000:788 'justified by being upheld or partly upheld'; 000:816 'withdrawn, had an early resolution or were signposted out of the process'; 000:1046 corporate 'nipped in the bud'; 000:877 Ombudsman")]
public sealed class ClassifyOutcomeRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        Complaint complaint = null!;
        GroupingEntry entry = null!;
        When()
            .Match(() => complaint, c => c.Outcome != null)
            .Match(() => entry, g => g.Key == complaint.GroupingKey);
        Then().Yield(_ => new ClassifiedComplaint(complaint, entry.Group));
    }
}
