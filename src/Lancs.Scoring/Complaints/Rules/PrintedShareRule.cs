using Lancs.Scoring.Engine;
using NRules.Fluent.Dsl;

namespace Lancs.Scoring.Complaints.Rules;

/// <summary>Reports a printed percentage that its counts, rounded as the report says, do not give.</summary>
[Name("Printed share does not add up")]
[Description("Reports a printed percentage that differs from its numerator over its denominator rounded to the nearest whole number.")]
[Priority(50)]
[Tag("Complaints")]
[Tag("ReportCheck")]
[Policy("000:747 'All percentages and costs are rounded to the nearest whole number'")]
public sealed class PrintedShareRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        PrintedFigure figure = null!;
        When().Match(() => figure, f => f.IsShare, f => !f.AddsUp);
        Then().Yield(_ => new ReportFinding(figure));
    }
}
