using System;
using System.Collections.Generic;
using System.Linq;
using Lancs.Scoring.Risk;

namespace Lancs.Scoring.Benchmarks.Register;

/// <summary>Checks that the hand-written baseline (or another runtime) concluded what the rules concluded, so the ratio compares equal work.</summary>
/// <remarks>Entries must agree one for one, in order. Findings and changes are compared as sorted lists: the rules report
/// them rule by rule, the baseline entry by entry, and the order among equal register positions is not part of the result.</remarks>
public static class RegisterAgreement
{
    /// <summary>Throws unless <paramref name="hand"/> concluded what <paramref name="rules"/> concluded.</summary>
    /// <param name="rules">The result of the rules (the batch engine).</param>
    /// <param name="hand">The result to check against it.</param>
    /// <param name="handName">What <paramref name="hand"/> is, for the message.</param>
    public static void Check(RegisterResult rules, RegisterResult hand, string handName = "the hand-written baseline")
    {
        Same(handName, "entry count", rules.Entries.Count, hand.Entries.Count);
        Same(handName, "register count", rules.CorporateRegister.Count, hand.CorporateRegister.Count);
        for (var i = 0; i < rules.Entries.Count; i++)
        {
            var (a, b) = (rules.Entries[i], hand.Entries[i]);
            var where = $"entry {i} ({a.Entry.Id})";
            Same(handName, where + " entry", a.Entry, b.Entry);
            Same(handName, where + " inclusion", (a.IsOnCorporateRegister, a.InclusionReason), (b.IsOnCorporateRegister, b.InclusionReason));
            Same(handName, where + " movement", a.Movement?.ToString(), b.Movement?.ToString());
            Same(handName, where + " findings", Lines(a.Findings), Lines(b.Findings));
        }

        Same(handName, "findings", Lines(rules.Findings), Lines(hand.Findings));
        Same(handName, "changes", Lines(rules.Changes), Lines(hand.Changes));
        foreach (var score in RiskScore.All)
        {
            Same(handName, $"heat maps at {score}", (rules.InherentHeatMap.CountOfScore(score), rules.ResidualHeatMap.CountOfScore(score)),
                (hand.InherentHeatMap.CountOfScore(score), hand.ResidualHeatMap.CountOfScore(score)));
        }
    }

    private static string Lines<T>(IEnumerable<T> items) =>
        string.Join("\n", items.Select(item => item!.ToString()).OrderBy(line => line, StringComparer.Ordinal));

    private static void Same<T>(string handName, string what, T rules, T hand)
    {
        if (!EqualityComparer<T>.Default.Equals(rules, hand))
        {
            throw new InvalidOperationException($"{char.ToUpperInvariant(handName[0])}{handName.Substring(1)} disagrees with the rules on {what}: rules '{rules}', {handName} '{hand}'.");
        }
    }
}
