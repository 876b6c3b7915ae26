using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using Lancs.Scoring.Risk;

namespace Lancs.Scoring.Testing;

/// <summary>FsCheck generators, with shrinking, for the values of the 5x5 matrix: scores, impacts, likelihoods, cells,
/// assessments and quarters. Register the class with <c>[Properties(Arbitrary = new[] { typeof(RiskArbitraries) })]</c>,
/// or use the generators directly.</summary>
/// <remarks>Every shrinker moves towards the low corner of the matrix (score 1, impact and likelihood 1), and an
/// assessment given as a cell shrinks to the bare score of the same value, so a counter-example is as small as it can be.</remarks>
public static class RiskArbitraries
{
    /// <summary>Gets a generator of the 14 scores on the matrix.</summary>
    public static Gen<RiskScore> ScoreGen => Gen.Elements(RiskScore.All.ToArray());

    /// <summary>Gets a generator of the five impacts.</summary>
    public static Gen<Impact> ImpactGen => Gen.Elements(Impact.List.OrderBy(i => i.Value).ToArray());

    /// <summary>Gets a generator of the five likelihoods.</summary>
    public static Gen<Likelihood> LikelihoodGen => Gen.Elements(Likelihood.List.OrderBy(l => l.Value).ToArray());

    /// <summary>Gets a generator of the 25 cells of the matrix.</summary>
    public static Gen<MatrixCell> CellGen => ImpactGen.Zip(LikelihoodGen, RiskMatrix.CellOf);

    /// <summary>Gets a generator of assessments of both shapes: a cell, or a bare score (sometimes with a note).</summary>
    public static Gen<Assessment> AssessmentGen => Gen.OneOf(
        ImpactGen.Zip(LikelihoodGen, Assessment.Of),
        ScoreGen.Zip(Gen.Elements(new string?[] { null, "(note)", "following review" }), (s, n) => Assessment.FromScore(s, n)));

    /// <summary>Gets a generator of quarters from 1900/01 Q1 to 9998/99 Q4.</summary>
    public static Gen<Quarter> QuarterGen => Gen.Choose(1900, 9998).Zip(Gen.Choose(1, 4), (y, q) => new Quarter(y, q));

    /// <summary>Scores on the matrix, shrinking to lower scores.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<RiskScore> Scores() => Arb.From(ScoreGen, ShrinkScore);

    /// <summary>Impacts, shrinking to lower impacts.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<Impact> Impacts() => Arb.From(ImpactGen, i => Impact.List.Where(o => o.Value < i.Value).OrderBy(o => o.Value));

    /// <summary>Likelihoods, shrinking to lower likelihoods.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<Likelihood> Likelihoods() => Arb.From(LikelihoodGen, l => Likelihood.List.Where(o => o.Value < l.Value).OrderBy(o => o.Value));

    /// <summary>Matrix cells, shrinking towards impact 1 and likelihood 1.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<MatrixCell> Cells() => Arb.From(CellGen, ShrinkCell);

    /// <summary>Assessments as a cell or a bare score; a cell shrinks to its bare score, a score to lower scores.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<Assessment> Assessments() => Arb.From(AssessmentGen, ShrinkAssessment);

    /// <summary>Quarters, shrinking towards 2000/01 Q1.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<Quarter> Quarters() => Arb.From(QuarterGen, ShrinkQuarter);

    /// <summary>The scores below <paramref name="score"/>, lowest first.</summary>
    /// <param name="score">The score to shrink.</param>
    /// <returns>The smaller candidates.</returns>
    public static IEnumerable<RiskScore> ShrinkScore(RiskScore score) => RiskScore.All.Where(s => s.Value < score.Value);

    private static IEnumerable<MatrixCell> ShrinkCell(MatrixCell cell) =>
        Impact.List.Where(i => i.Value < cell.Impact.Value).OrderBy(i => i.Value).Select(i => RiskMatrix.CellOf(i, cell.Likelihood))
            .Concat(Likelihood.List.Where(l => l.Value < cell.Likelihood.Value).OrderBy(l => l.Value).Select(l => RiskMatrix.CellOf(cell.Impact, l)));

    private static IEnumerable<Assessment> ShrinkAssessment(Assessment assessment)
    {
        if (assessment.Impact is not null || assessment.Note is not null)
        {
            yield return Assessment.FromScore(assessment.Score);
        }

        foreach (var lower in ShrinkScore(assessment.Score))
        {
            yield return Assessment.FromScore(lower);
        }
    }

    private static IEnumerable<Quarter> ShrinkQuarter(Quarter quarter)
    {
        if (quarter.FinancialYearStart != 2000)
        {
            yield return new Quarter(2000, quarter.Number);
            var halfway = 2000 + ((quarter.FinancialYearStart - 2000) / 2);
            if (halfway != 2000 && halfway != quarter.FinancialYearStart)
            {
                yield return new Quarter(halfway, quarter.Number);
            }
        }

        if (quarter.Number != 1)
        {
            yield return new Quarter(quarter.FinancialYearStart, 1);
        }
    }
}
