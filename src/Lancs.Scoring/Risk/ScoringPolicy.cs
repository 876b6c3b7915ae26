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

    private ScoringPolicy()
    {
    }

    // The inclusion sentences (Findings.InclusionReason), one per (on or off the register, judged score 0-25): they are
    // worded from this policy, that and nothing else, so the entries of a register share at most 52 of them instead of
    // each making its own. Filled on first use; a copy (With) starts empty, since its threshold or labels may differ.
    private string?[] _inclusionSentences = new string?[2 * 26];

    /// <summary>The name of the published policy.</summary>
    private const string PublishedName = "Lancashire County Council corporate risk and opportunity register (published policy)";

    /// <summary>Gets the council's published policy.</summary>
    public static ScoringPolicy Default { get; } = new()
    {
        Name = PublishedName,
        InclusionThreshold = PublishedThreshold,
        Matching = PreviousQuarterMatching.ByLineage,
        DescriptionSimilarity = 0.5,
        CorporateRegisterLabel = "corporate risk and opportunity register",
        ServiceRegisterLabel = "service risk register",
        RiskHigherIsBetter = false,
        OpportunityHigherIsBetter = true,
    };

    /// <summary>Gets the policy's name, shown in reports and explanations.</summary>
    /// <value>Default: "Lancashire County Council corporate risk and opportunity register (published policy)". Each
    /// <c>With…</c> method adds what it changed, so a changed policy never passes for the published one.</value>
    public string Name { get; private set; } = default!;

    /// <summary>Gets whether the inclusion threshold is the published one (12, 001:789), so explanations may cite the paper for it.</summary>
    public bool HasPublishedThreshold => InclusionThreshold == PublishedThreshold;

    /// <summary>Gets the lowest residual score that keeps an entry on the corporate register (inclusive).</summary>
    /// <value>Default: 12. Any whole number from 1 to 25.</value>
    public int InclusionThreshold { get; private set; }

    /// <summary>Gets how an entry is matched with the previous quarter's.</summary>
    /// <value>Default: <see cref="PreviousQuarterMatching.ByLineage"/>: the same subject, across a renumbering.</value>
    public PreviousQuarterMatching Matching { get; private set; }

    /// <summary>Gets the share of description words two entries must have in common to count as the same subject (0 to 1).</summary>
    /// <value>Default: 0.5. Below it, an entry matched by id is reported as a likely renumbering.</value>
    public double DescriptionSimilarity { get; private set; }

    /// <summary>Gets the name of the register that keeps entries at or above the threshold.</summary>
    /// <value>Default: "corporate risk and opportunity register".</value>
    public string CorporateRegisterLabel { get; private set; } = default!;

    /// <summary>Gets the name of the register an entry below the threshold stays on.</summary>
    /// <value>Default: "service risk register" (001:817: "the risks will remain on service risk registers").</value>
    public string ServiceRegisterLabel { get; private set; } = default!;

    /// <summary>Gets whether a higher score is good news for a risk.</summary>
    /// <value>Default: <see langword="false"/>: a risk's score falls as mitigating actions take effect, so Upwards is unfavourable.</value>
    public bool RiskHigherIsBetter { get; private set; }

    /// <summary>Gets whether a higher score is good news for an opportunity.</summary>
    /// <value>Default: <see langword="true"/>: maximising actions raise an opportunity's score ("scores corrected to increase
    /// after maximising actions", 001:806-808), so Upwards is favourable.</value>
    public bool OpportunityHigherIsBetter { get; private set; }

    /// <summary>Gets how the council writes its identification numbers and where an entry's kind comes from.</summary>
    /// <value>Default: <see cref="IdentifierScheme.Published"/>: CR and CO ids (001:805), the kind from the id.</value>
    public IdentifierScheme Identifiers { get; private set; } = IdentifierScheme.Published;

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

    /// <summary>Returns a copy with another name, shown in reports and explanations.</summary>
    /// <param name="name">The name: visible text of 1 to 200 characters.</param>
    /// <returns>The renamed policy; unlike the other <c>With…</c> methods, the name is taken as given.</returns>
    /// <exception cref="PolicyException"><paramref name="name"/> is empty, longer than 200 characters or holds control characters.</exception>
    public ScoringPolicy WithName(string name) => With(null, p => p.Name = name);

    /// <summary>Returns a copy with another inclusion threshold.</summary>
    /// <param name="threshold">The threshold, 1 to 25.</param>
    /// <returns>The changed policy.</returns>
    /// <exception cref="PolicyException"><paramref name="threshold"/> is outside 1 to 25.</exception>
    public ScoringPolicy WithInclusionThreshold(int threshold) =>
        With(string.Format(CultureInfo.InvariantCulture, "inclusion threshold {0}", threshold), p => p.InclusionThreshold = threshold);

    /// <summary>Returns a copy with another way of matching quarters.</summary>
    /// <param name="matching">The matching.</param>
    /// <returns>The changed policy.</returns>
    /// <exception cref="PolicyException"><paramref name="matching"/> is not a defined value.</exception>
    public ScoringPolicy WithMatching(PreviousQuarterMatching matching) => With("matching " + matching, p => p.Matching = matching);

    /// <summary>Returns a copy with another share of description words that makes two entries the same subject.</summary>
    /// <param name="similarity">The share, 0 to 1.</param>
    /// <returns>The changed policy.</returns>
    /// <exception cref="PolicyException"><paramref name="similarity"/> is outside 0 to 1 or not a number.</exception>
    public ScoringPolicy WithDescriptionSimilarity(double similarity) =>
        With(string.Format(CultureInfo.InvariantCulture, "description similarity {0}", similarity), p => p.DescriptionSimilarity = similarity);

    /// <summary>Returns a copy with another name for the register that keeps entries at or above the threshold.</summary>
    /// <param name="label">The label: visible text of 1 to 200 characters.</param>
    /// <returns>The changed policy.</returns>
    /// <exception cref="PolicyException"><paramref name="label"/> is empty, too long or holds control characters.</exception>
    public ScoringPolicy WithCorporateRegisterLabel(string label) => With("corporate register label", p => p.CorporateRegisterLabel = label);

    /// <summary>Returns a copy with another name for the register an entry below the threshold stays on.</summary>
    /// <param name="label">The label: visible text of 1 to 200 characters.</param>
    /// <returns>The changed policy.</returns>
    /// <exception cref="PolicyException"><paramref name="label"/> is empty, too long or holds control characters.</exception>
    public ScoringPolicy WithServiceRegisterLabel(string label) => With("service register label", p => p.ServiceRegisterLabel = label);

    /// <summary>Returns a copy in which a higher score is, or is not, good news for a risk.</summary>
    /// <param name="higherIsBetter">Whether a higher score is good news for a risk.</param>
    /// <returns>The changed policy.</returns>
    public ScoringPolicy WithRiskHigherIsBetter(bool higherIsBetter) =>
        With("risk higher is better " + (higherIsBetter ? "true" : "false"), p => p.RiskHigherIsBetter = higherIsBetter);

    /// <summary>Returns a copy in which a higher score is, or is not, good news for an opportunity.</summary>
    /// <param name="higherIsBetter">Whether a higher score is good news for an opportunity.</param>
    /// <returns>The changed policy.</returns>
    public ScoringPolicy WithOpportunityHigherIsBetter(bool higherIsBetter) =>
        With("opportunity higher is better " + (higherIsBetter ? "true" : "false"), p => p.OpportunityHigherIsBetter = higherIsBetter);

    /// <summary>Returns a copy with another way of writing identification numbers and finding the kind.</summary>
    /// <param name="identifiers">The scheme (<see cref="IdentifierScheme.Create"/>), or <see cref="IdentifierScheme.Published"/>.</param>
    /// <returns>The changed policy.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="identifiers"/> is <see langword="null"/>.</exception>
    public ScoringPolicy WithIdentifiers(IdentifierScheme identifiers)
    {
        Guard.NotNull(identifiers);
        return With("identifiers " + identifiers, p => p.Identifiers = identifiers);
    }

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

    /// <summary>Returns the sentence saying why an entry judged at <paramref name="score"/> is on the register or not, made once.</summary>
    internal string InclusionSentence(bool onRegister, RiskScore score)
    {
        var slot = (onRegister ? 26 : 0) + score.Value;
        return _inclusionSentences[slot] ??= Findings.InclusionWording(this, onRegister, score);
    }

    /// <summary>Returns a changed copy: <paramref name="set"/> changes the copy, whose name then says what changed
    /// (<paramref name="change"/>; <see langword="null"/> for a rename), and the copy is checked as a policy file is.</summary>
    private ScoringPolicy With(string? change, System.Action<ScoringPolicy> set)
    {
        var copy = (ScoringPolicy)MemberwiseClone();
        copy._inclusionSentences = new string?[2 * 26];
        if (change is not null)
        {
            copy.Name = Changed(change);
        }

        set(copy);
        var problems = copy.Problems();
        if (problems.Count > 0)
        {
            throw new PolicyException(problems);
        }

        return copy;
    }

    /// <summary>Returns what is wrong with this policy's values, one sentence each naming its field, as a policy file reports them.</summary>
    private List<string> Problems()
    {
        var problems = new List<string>();
        if (InclusionThreshold < 1 || InclusionThreshold > 25)
        {
            problems.Add(string.Format(CultureInfo.InvariantCulture, "inclusionThreshold: {0} is outside 1-25, the range of the 5x5 matrix.", InclusionThreshold));
        }

        if (Matching is not (PreviousQuarterMatching.ById or PreviousQuarterMatching.ByIdAndDescription or PreviousQuarterMatching.ByLineage))
        {
            problems.Add($"matching: {Matching} is not ByLineage, ById or ByIdAndDescription.");
        }

        if (double.IsNaN(DescriptionSimilarity) || DescriptionSimilarity < 0 || DescriptionSimilarity > 1)
        {
            problems.Add(string.Format(CultureInfo.InvariantCulture, "descriptionSimilarity: {0} is not a number from 0 to 1 (the share of description words in common).", DescriptionSimilarity));
        }

        CheckText("name", Name, problems);
        CheckText("corporateRegisterLabel", CorporateRegisterLabel, problems);
        CheckText("serviceRegisterLabel", ServiceRegisterLabel, problems);
        return problems;
    }

    private static void CheckText(string field, string? text, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            problems.Add($"{field}: the text is empty; give a name or label of visible text.");
        }
        else if (text!.Length > MaxTextLength || Quoting.HasInvisible(text))
        {
            problems.Add(string.Format(CultureInfo.InvariantCulture,
                "{0}: '{1}' is {2:N0} characters{3}; a name or label is at most {4} characters of visible text, as reports print it whole.",
                field, Quoting.Value(text), text.Length, Quoting.HasInvisible(text) ? " and holds control or invisible characters" : string.Empty, MaxTextLength));
        }
    }
}
