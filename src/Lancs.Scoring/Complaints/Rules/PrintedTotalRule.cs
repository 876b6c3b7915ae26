using Lancs.Scoring.Engine;
using NRules.Fluent.Dsl;

namespace Lancs.Scoring.Complaints.Rules;

/// <summary>Reports a printed total that its printed parts do not add up to.</summary>
[Name("Printed total does not add up")]
[Description("Reports a printed total that differs from the sum of the parts the report prints for it.")]
[Priority(50)]
[Tag("Complaints")]
[Tag("ReportCheck")]
[Policy("000:642 'increased overall by almost 11% (628 in 2015/16 to 699 in 2016/17)': 699 = 479 adult + 220 children's")]
public sealed class PrintedTotalRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        PrintedFigure figure = null!;
        When().Match(() => figure, f => !f.IsShare, f => !f.AddsUp);
        Then().Yield(_ => new ReportFinding(figure));
    }
}
