using Lancs.Scoring.Risk;

namespace Lancs.Scoring.Tests.Json;

/// <summary>A small register that uses every part of the contract: risks and an opportunity, cells and bare scores, a target,
/// appetite zones, a predecessor, a removal and a rejected row. docs/json/register-sample.json is what it writes.</summary>
internal static class JsonSample
{
    public static RegisterResult Result()
    {
        var appetite = RiskAppetite.Create(
            new[] { AppetiteZone.Create("low", "#2e7d32", lowestScore: 1, highestScore: 9), AppetiteZone.Create("high", "#c62828", lowestScore: 10, highestScore: 25) },
            risk: new[] { "low" }, opportunity: new[] { "high" });
        var scorer = new RegisterScorer(ScoringPolicy.Default.WithAppetite(appetite));
        var current = new[]
        {
            new RegisterRow(2, "CR1", "risk", "Failure to deliver the budget savings", "Economic", "Section 151 Officer", "5x4", "4x4", "Level", "sample:2", "2x3"),
            new RegisterRow(3, "CR2", "risk", "Cyber security and data protection", "Technological", "Director of Digital", "16", null, "Upwards", "sample:3"),
            new RegisterRow(4, "CR4", "risk", "Highways maintenance backlog", "Physical", "Director of Highways", "12", "6", "Downwards", "sample:4"),
            new RegisterRow(5, "CO1", "opportunity", "Income from traded services", "Economic", "Director of Finance", "5x4", "5x5", "Upwards", "sample:5"),
            new RegisterRow(6, "CR9", "risk", "A row with no score", "Economic", "MT", "", "4", "Level", "sample:6"),
        };
        var previous = new[]
        {
            new RegisterRow(2, "CR1", "risk", "Failure to deliver the budget savings", "Economic", "Section 151 Officer", "20", "16", "Level", "sample:12"),
            new RegisterRow(3, "CR3", "risk", "Recruitment and retention of social workers", "Workforce", "Director of Children's Services", "20", "15", "Level", "sample:13"),
        };
        return scorer.Rescore(Quarter.Parse("2017/18 Q2"), current, Quarter.Parse("2017/18 Q1"), previous);
    }
}
