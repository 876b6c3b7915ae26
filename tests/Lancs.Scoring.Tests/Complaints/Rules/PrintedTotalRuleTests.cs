using System.Linq;
using Lancs.Scoring.Complaints;
using Lancs.Scoring.Complaints.Rules;
using Lancs.Scoring.Engine;
using Xunit;
using static Lancs.Scoring.Tests.Complaints.Rules.ComplaintRuleKit;

namespace Lancs.Scoring.Tests.Complaints.Rules;

public sealed class PrintedTotalRuleTests
{
    [Fact]
    public void Fire_CscStage0AndTheRest_218Not220_Reported()
    {
        // 000:911 "60 (27%) ... and the rest (158)" of the 220 received: 60 + 158 = 218.
        PrintedFigure figure = PrintedFigure.Total("CSC stage 0 and 'the rest'", new[] { 60, 158 }, 220, "000:911");
        BatchSession session = Run(new[] { figure }, new PrintedTotalRule());

        ReportFinding finding = Assert.Single(session.Derived<ReportFinding>());

        Assert.Same(figure, finding.Figure);
        Assert.Equal("CSC stage 0 and 'the rest': printed 220, the parts add up to 218 (60 + 158) at 000:911", finding.Message);
        Derivation why = session.AssertDerivedBy(finding, "Printed total does not add up", "000:642");
        Assert.Same(figure, Assert.Single(why.Sources));
    }

    [Fact]
    public void Fire_StatutoryTotal699_NotReported()
    {
        // 000:642 "628 in 2015/16 to 699 in 2016/17": 699 = 479 adult (000:820) + 220 children's (000:911).
        BatchSession session = Run(new[] { PrintedFigure.Total("Statutory complaints received", new[] { 479, 220 }, 699, "000:642") }, new PrintedTotalRule());

        Assert.Empty(session.Derived<ReportFinding>());
    }

    [Fact]
    public void Fire_ShareThatDoesNotAddUp_NotATotalFinding()
    {
        // 000:828 "75 or 15%" is a share's problem, not a total's.
        BatchSession session = Run(new[] { PrintedFigure.Share("ASC complaints about care providers", 75, 479, 15, "000:828") }, new PrintedTotalRule());

        Assert.Empty(session.Derived<ReportFinding>());
    }

    [Fact]
    public void Fire_The2016ReportsTotals_ReportsExactlyTheOnesThatDoNotAddUp()
    {
        // TestData/Complaints/printed-figures-2016-17.csv: CSC 60 + 158 (000:911) and the children's non-statutory base printed as
        // 105 (000:646) and 110 (000:971).
        var figures = PrintedFigures.Load();
        BatchSession session = Run(figures.Select(f => f.Figure), new PrintedTotalRule());

        Assert.Equal(new[] { "000:911", "000:971" }, session.Derived<ReportFinding>().Select(f => f.Figure.Source));
    }
}
