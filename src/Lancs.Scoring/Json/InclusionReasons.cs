using Lancs.Scoring.Risk;

namespace Lancs.Scoring.Json;

/// <summary>The inclusion sentences of one register's entries, each made once: <see cref="Findings.InclusionReason"/>
/// words a sentence from the policy (its threshold and labels), whether the entry is on the corporate register and its
/// judged score, and nothing else, so the entries of a register share at most 50 sentences.</summary>
/// <remarks>Writing a 1,000,000-entry register made a sentence of about 120 characters for each entry (about 350 bytes,
/// a third of what writing an entry allocated). An entry under another policy than the first one seen is worded afresh.</remarks>
internal sealed class InclusionReasons
{
    /// <summary>The largest score on the 5 x 5 matrix.</summary>
    private const int MaxScore = 25;

    private readonly string?[] _on = new string?[MaxScore + 1];
    private readonly string?[] _off = new string?[MaxScore + 1];
    private ScoringPolicy? _policy;

    /// <summary>Returns the sentence <see cref="Findings.InclusionReason"/> gives for <paramref name="inclusion"/>.</summary>
    public string Of(Inclusion inclusion)
    {
        _policy ??= inclusion.Policy;
        var score = inclusion.Entry.JudgedScore.Value;
        if (!ReferenceEquals(inclusion.Policy, _policy) || score > MaxScore)
        {
            return Findings.InclusionReason(inclusion);
        }

        var sentences = inclusion.IsOnCorporateRegister ? _on : _off;
        return sentences[score] ??= Findings.InclusionReason(inclusion);
    }
}
