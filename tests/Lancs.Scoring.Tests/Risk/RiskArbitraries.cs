using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using Lancs.Scoring.Risk;

namespace Lancs.Scoring.Tests.Risk;

/// <summary>Generators of valid register values for FsCheck properties.</summary>
public static class RiskArbitraries
{
    public static Gen<Impact> ImpactGen => Gen.Elements(Impact.List.ToArray());

    public static Gen<Likelihood> LikelihoodGen => Gen.Elements(Likelihood.List.ToArray());

    public static Arbitrary<Impact> Impacts() => ImpactGen.ToArbitrary();

    public static Arbitrary<Likelihood> Likelihoods() => LikelihoodGen.ToArbitrary();

    public static Arbitrary<RiskScore> Scores() => Gen.Elements(RiskScore.All.ToArray()).ToArbitrary();

    /// <summary>Assessments of both shapes: a known cell, or a bare score (sometimes with a note).</summary>
    public static Arbitrary<Assessment> Assessments()
    {
        Gen<Assessment> placed = ImpactGen.Zip(LikelihoodGen, Assessment.Of);
        Gen<Assessment> bare = Gen.Elements(RiskScore.All.ToArray())
            .Zip(Gen.Elements(new string?[] { null, "(note)", "following review" }), (s, n) => Assessment.FromScore(s, n));
        return Gen.OneOf(placed, bare).ToArbitrary();
    }

    public static Arbitrary<Quarter> Quarters()
        => Gen.Choose(1900, 9998).Zip(Gen.Choose(1, 4), (y, q) => new Quarter(y, q)).ToArbitrary();
}
