using System.Linq;
using Lancs.Scoring.Complaints;
using Lancs.Scoring.Complaints.Rules;
using Lancs.Scoring.Engine;
using Xunit;
using static Lancs.Scoring.Tests.Complaints.Rules.ComplaintRuleKit;

namespace Lancs.Scoring.Tests.Complaints.Rules;

public sealed class PrintedShareRuleTests
{
    [Fact]
    public void Fire_CareProviders75Of479Printed15_Reported()
    {
        // 000:828 "75 or 15% of the total": 75 / 479 = 15.66%, which rounds to 16 (000:747 "rounded to the nearest whole number").
        PrintedFigure figure = PrintedFigure.Share("ASC complaints about care providers", 75, 479, 15, "000:828");
        BatchSession session = Run(new[] { figure, PrintedFigure.Share("CSC resolved early (stage 0)", 60, 220, 27, "000:911") }, new PrintedShareRule());

        ReportFinding finding = Assert.Single(session.Derived<ReportFinding>());

        Assert.Same(figure, finding.Figure);
        Assert.Equal("ASC complaints about care providers: printed 15%, the counts give 16% (75 of 479) at 000:828", finding.Message);
        Derivation why = session.AssertDerivedBy(finding, "Printed share does not add up", "000:747");
        Assert.Same(figure, Assert.Single(why.Sources));
    }

    [Fact]
    public void Fire_SharesThatRoundToThePrintedPercent_NotReported()
    {
        // 000:911 "60 (27%)" of 220 = 27.27%; 000:820 "just over 5% (25)" of 479 = 5.22%; 000:929 "12% (27)" of 220 = 12.27%.
        BatchSession session = Run(new[]
        {
            PrintedFigure.Share("CSC resolved early (stage 0)", 60, 220, 27, "000:911"),
            PrintedFigure.Share("ASC exceeded the 6 month statutory timescale", 25, 479, 5, "000:820"),
            PrintedFigure.Share("CSC exceeded the statutory timescale", 27, 220, 12, "000:929"),
        }, new PrintedShareRule());

        Assert.Empty(session.Derived<ReportFinding>());
    }

    [Fact]
    public void Fire_HalfAPercent_RoundsAwayFromZero()
    {
        // 000:747 rounds to the nearest whole number: 1 of 8 is 12.5%, so 13 adds up and 12 does not.
        PrintedFigure twelve = PrintedFigure.Share("one of eight, printed 12%", 1, 8, 12, "test");
        BatchSession session = Run(new[] { PrintedFigure.Share("one of eight, printed 13%", 1, 8, 13, "test"), twelve }, new PrintedShareRule());

        Assert.Same(twelve, Assert.Single(session.Derived<ReportFinding>()).Figure);
    }

    [Fact]
    public void Fire_TotalThatDoesNotAddUp_NotAShareFinding()
    {
        // 000:911 "60 ... and the rest (158)" of 220 received: 218 is a total's problem, not a share's.
        BatchSession session = Run(new[] { PrintedFigure.Total("CSC stage 0 and 'the rest'", new[] { 60, 158 }, 220, "000:911") }, new PrintedShareRule());

        Assert.Empty(session.Derived<ReportFinding>());
    }

    [Fact]
    public void Fire_The2016ReportsShares_ReportsExactlyTheOnesThatDoNotAddUp()
    {
        // TestData/Complaints/printed-figures-2016-17.csv marks each figure from the reports as adding up or not.
        var figures = PrintedFigures.Load();
        BatchSession session = Run(figures.Select(f => f.Figure), new PrintedShareRule());

        var expected = figures.Where(f => f.Figure.IsShare && !f.AddsUp).Select(f => f.Figure.Name).ToList();

        Assert.Equal(7, expected.Count);
        Assert.Equal(expected, session.Derived<ReportFinding>().Select(f => f.Figure.Name));
    }
}
