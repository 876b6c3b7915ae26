using System;
using System.Collections.Generic;
using System.Linq;
using Lancs.Scoring.Risk;

namespace Lancs.Scoring.Benchmarks.Register;

/// <summary>Checks that the hand-written baseline concluded what the rules concluded, so the ratio compares equal work.</summary>
/// <remarks>Entries must agree one for one, in order. Findings and changes are compared as sorted lists: the rules report
/// them rule by rule, the baseline entry by entry, and the order among equal register positions is not part of the result.</remarks>
public static class RegisterAgreement
{
    public static void Check(RegisterResult rules, RegisterResult hand)
    {
        Same("entry count", rules.Entries.Count, hand.Entries.Count);
        Same("register count", rules.CorporateRegister.Count, hand.CorporateRegister.Count);
        for (var i = 0; i < rules.Entries.Count; i++)
        {
            var (a, b) = (rules.Entries[i], hand.Entries[i]);
            var where = $"entry {i} ({a.Entry.Id})";
            Same(where + " entry", a.Entry, b.Entry);
            Same(where + " inclusion", (a.IsOnCorporateRegister, a.InclusionReason), (b.IsOnCorporateRegister, b.InclusionReason));
            Same(where + " movement", a.Movement?.ToString(), b.Movement?.ToString());
            Same(where + " findings", Lines(a.Findings), Lines(b.Findings));
        }

        Same("findings", Lines(rules.Findings), Lines(hand.Findings));
        Same("changes", Lines(rules.Changes), Lines(hand.Changes));
        foreach (var score in RiskScore.All)
        {
            Same($"heat maps at {score}", (rules.InherentHeatMap.CountOfScore(score), rules.ResidualHeatMap.CountOfScore(score)),
                (hand.InherentHeatMap.CountOfScore(score), hand.ResidualHeatMap.CountOfScore(score)));
        }
    }

    private static string Lines<T>(IEnumerable<T> items) =>
        string.Join("\n", items.Select(item => item!.ToString()).OrderBy(line => line, StringComparer.Ordinal));

    private static void Same<T>(string what, T rules, T hand)
    {
        if (!EqualityComparer<T>.Default.Equals(rules, hand))
        {
            throw new InvalidOperationException($"The hand-written baseline disagrees with the rules on {what}: rules '{rules}', hand-written '{hand}'.");
        }
    }
}
