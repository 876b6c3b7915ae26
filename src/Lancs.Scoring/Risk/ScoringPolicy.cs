using System.Collections.Generic;
using System.Globalization;

namespace Lancs.Scoring.Risk;

/// <summary>The register policy as data: the inclusion threshold, how quarters are matched, the labels and what a rising
/// score means. An analyst changes it in a JSON file, without recompiling.</summary>
/// <remarks>
/// <para>The <see cref="Default"/> is the council's published policy: an entry stays on the corporate register when its
/// residual score is 12 or above (001:789, 000:1463, 002:264); below 12 it leaves the corporate register and stays on
/// its service register (001:817).</para>
/// <para>Instances are immutable; <c>With…</c> methods return changed copies.</para>
/// </remarks>
public sealed partial class ScoringPolicy
{
    /// <summary>The published threshold: residual 12 or above keeps an entry on the corporate register (001:789).</summary>
    public const int PublishedThreshold = 12;

    private ScoringPolicy(string name, int inclusionThreshold, PreviousQuarterMatching matching, double descriptionSimilarity,
        string corporateRegisterLabel, string serviceRegisterLabel, bool riskHigherIsBetter = false, bool opportunityHigherIsBetter = true)
    {
        RiskHigherIsBetter = riskHigherIsBetter;
        OpportunityHigherIsBetter = opportunityHigherIsBetter;
        Name = name;
        InclusionThreshold = inclusionThreshold;
        Matching = matching;
        DescriptionSimilarity = descriptionSimilarity;
        CorporateRegisterLabel = corporateRegisterLabel;
        ServiceRegisterLabel = serviceRegisterLabel;
    }

    /// <summary>The name of the published policy.</summary>
    private const string PublishedName = "Lancashire County Council corporate risk and opportunity register (published policy)";

    /// <summary>Gets the council's published policy.</summary>
    public static ScoringPolicy Default { get; } = new(
        PublishedName, PublishedThreshold, PreviousQuarterMatching.ByLineage, 0.5, "corporate risk and opportunity register", "service risk register");

    /// <summary>Gets the policy's name, shown in reports and explanations.</summary>
    /// <value>Default: "Lancashire County Council corporate risk and opportunity register (published policy)". Each
    /// <c>With…</c> method adds what it changed, so a changed policy never passes for the published one.</value>
    public string Name { get; }

    /// <summary>Gets whether the inclusion threshold is the published one (12, 001:789), so explanations may cite the paper for it.</summary>
    public bool HasPublishedThreshold => InclusionThreshold == PublishedThreshold;

    /// <summary>Gets the lowest residual score that keeps an entry on the corporate register (inclusive).</summary>
    /// <value>Default: 12. Any whole number from 1 to 25.</value>
    public int InclusionThreshold { get; }

    /// <summary>Gets how an entry is matched with the previous quarter's.</summary>
    /// <value>Default: <see cref="PreviousQuarterMatching.ByLineage"/>: the same subject, across a renumbering.</value>
    public PreviousQuarterMatching Matching { get; }

    /// <summary>Gets the share of description words two entries must have in common to count as the same subject (0 to 1).</summary>
    /// <value>Default: 0.5. Below it, an entry matched by id is reported as a likely renumbering.</value>
    public double DescriptionSimilarity { get; }

    /// <summary>Gets the name of the register that keeps entries at or above the threshold.</summary>
    /// <value>Default: "corporate risk and opportunity register".</value>
    public string CorporateRegisterLabel { get; }

    /// <summary>Gets the name of the register an entry below the threshold stays on.</summary>
    /// <value>Default: "service risk register" (001:817: "the risks will remain on service risk registers").</value>
    public string ServiceRegisterLabel { get; }

    /// <summary>Gets whether a higher score is good news for a risk.</summary>
    /// <value>Default: <see langword="false"/>: a risk's score falls as mitigating actions take effect, so Upwards is unfavourable.</value>
    public bool RiskHigherIsBetter { get; }

    /// <summary>Gets whether a higher score is good news for an opportunity.</summary>
    /// <value>Default: <see langword="true"/>: maximising actions raise an opportunity's score ("scores corrected to increase
    /// after maximising actions", 001:806-808), so Upwards is favourable.</value>
    public bool OpportunityHigherIsBetter { get; }

    /// <summary>Returns the direction semantics for a kind of entry: whether a higher score is good news.</summary>
    /// <param name="kind">Risk or opportunity.</param>
    /// <returns><see cref="OpportunityHigherIsBetter"/> for an opportunity, <see cref="RiskHigherIsBetter"/> for a risk.</returns>
    public bool HigherIsBetter(RegisterKind kind) =>
        Guard.NotNull(kind) == RegisterKind.Opportunity ? OpportunityHigherIsBetter : RiskHigherIsBetter;

    /// <summary>Returns whether <paramref name="score"/> keeps an entry on the corporate register.</summary>
    /// <param name="score">The residual score.</param>
    /// <returns><see langword="true"/> when the score is at or above <see cref="InclusionThreshold"/>.</returns>
    public bool Includes(RiskScore score) => score.Value >= InclusionThreshold;

    /// <summary>Returns whether two entries with the same id describe the same subject.</summary>
    /// <param name="description">One description.</param>
    /// <param name="other">The other.</param>
    /// <returns>Whether the share of words in common reaches <see cref="DescriptionSimilarity"/>.</returns>
    public bool IsSameSubject(string description, string other) =>
        DescriptionOverlap.Of(description, other) >= DescriptionSimilarity;

    /// <summary>Returns a copy with another inclusion threshold.</summary>
    /// <param name="threshold">The threshold, 1 to 25.</param>
    /// <returns>The changed policy.</returns>
    /// <exception cref="PolicyException"><paramref name="threshold"/> is outside 1 to 25.</exception>
    public ScoringPolicy WithInclusionThreshold(int threshold) =>
        Validated(new(Changed(string.Format(CultureInfo.InvariantCulture, "inclusion threshold {0}", threshold)), threshold, Matching, DescriptionSimilarity, CorporateRegisterLabel, ServiceRegisterLabel, RiskHigherIsBetter, OpportunityHigherIsBetter));

    /// <summary>Returns a copy with another way of matching quarters.</summary>
    /// <param name="matching">The matching.</param>
    /// <returns>The changed policy.</returns>
    public ScoringPolicy WithMatching(PreviousQuarterMatching matching) =>
        Validated(new(Changed("matching " + matching), InclusionThreshold, matching, DescriptionSimilarity, CorporateRegisterLabel, ServiceRegisterLabel, RiskHigherIsBetter, OpportunityHigherIsBetter));

    /// <summary>Returns "name: residual 12 or above".</summary>
    /// <returns>The policy in a phrase.</returns>
    public override string ToString() =>
        string.Format(CultureInfo.InvariantCulture, "{0}: residual {1} or above", Name, InclusionThreshold);

    /// <summary>Returns the name with a change added: "... (published policy, changed: inclusion threshold 15)".</summary>
    private string Changed(string change)
    {
        const string Marker = ", changed: ";
        if (Name.EndsWith(")", System.StringComparison.Ordinal) && Name.LastIndexOf('(') is var open && open >= 0)
        {
            var inside = Name.Substring(open + 1, Name.Length - open - 2);
            var changes = inside.IndexOf(Marker, System.StringComparison.Ordinal) >= 0 ? inside + "; " + change : inside + Marker + change;
            return Name.Substring(0, open + 1) + changes + ")";
        }

        return Name + " (changed: " + change + ")";
    }

    /// <summary>Checks a changed copy of this policy; the copy keeps this policy's <see cref="Appetite"/>.</summary>
    private ScoringPolicy Validated(ScoringPolicy policy)
    {
        policy.Appetite = Appetite;
        var problems = new List<string>();
        if (policy.InclusionThreshold < 1 || policy.InclusionThreshold > 25)
        {
            problems.Add(string.Format(CultureInfo.InvariantCulture, "inclusionThreshold: {0} is outside 1-25, the range of the 5x5 matrix.", policy.InclusionThreshold));
        }

        if (policy.Matching is not (PreviousQuarterMatching.ById or PreviousQuarterMatching.ByIdAndDescription or PreviousQuarterMatching.ByLineage))
        {
            problems.Add($"matching: {policy.Matching} is not ByLineage, ById or ByIdAndDescription.");
        }

        if (problems.Count > 0)
        {
            throw new PolicyException(problems);
        }

        return policy;
    }
}
