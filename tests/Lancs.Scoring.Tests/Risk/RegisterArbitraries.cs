using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using Lancs.Scoring.Risk;

namespace Lancs.Scoring.Tests.Risk;

/// <summary>A random register: risks and opportunities with valid inherent and residual scores, ids CR1.. and CO1...</summary>
public sealed record RandomRegister(IReadOnlyList<(bool IsRisk, int Inherent, int Residual)> Rows)
{
    public IReadOnlyList<RegisterEntry> Entries(Quarter quarter) => Rows.Select((r, i) => new RegisterEntry(
        EntryId.Parse((r.IsRisk ? "CR" : "CO") + (i + 1)), quarter, "Entry " + (i + 1),
        Assessment.FromScore(RiskScore.FromValue(r.Inherent)), Assessment.FromScore(RiskScore.FromValue(r.Residual)),
        StatedDirection.Parse(null), position: i)).ToList();

    public RandomRegister WithResidual(int index, int residual) =>
        new(Rows.Select((r, i) => i == index ? (r.IsRisk, r.Inherent, residual) : r).ToList());

    public override string ToString() => string.Join(", ", Rows.Select((r, i) => $"{(r.IsRisk ? "CR" : "CO")}{i + 1} {r.Inherent}/{r.Residual}"));
}

public static class RegisterArbitraries
{
    private static readonly int[] Scores = RiskScore.All.Select(s => s.Value).ToArray();

    public static Arbitrary<RandomRegister> Registers() =>
        Gen.ListOf(
            from isRisk in Gen.Elements(true, true, false)
            from inherent in Gen.Elements(Scores)
            from residual in Gen.Elements(Scores)
            select (isRisk, inherent, residual))
        .Select(rows => new RandomRegister(rows.Take(15).ToList()))
        .ToArbitrary();
}
