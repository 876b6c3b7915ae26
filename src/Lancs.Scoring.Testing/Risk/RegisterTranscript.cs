using System.Collections.Generic;
using System.Linq;
using Lancs.Scoring.Risk;

namespace Lancs.Scoring.Testing;

/// <summary>Everything a register result says, as lines of text in the result's own order, so that two results (of two
/// runtimes, two policies, two versions of a rule) can be compared exactly: entries with inclusion, direction, findings,
/// target, appetite zone and explanation; changes; findings; heat maps, the combined ones and those per kind.</summary>
public static class RegisterTranscript
{
    /// <summary>The lines of a result.</summary>
    /// <param name="result">The result.</param>
    /// <returns>One line per entry, explanation step, change, finding and heat map.</returns>
    public static IReadOnlyList<string> Describe(RegisterResult result)
    {
        var lines = new List<string>();
        foreach (var entry in result.Entries)
        {
            lines.Add(string.Join("|", "entry", entry.Entry.Id, entry.IsOnCorporateRegister, entry.InclusionReason, entry.Direction?.ToString() ?? "-",
                entry.Movement?.From?.Value.ToString() ?? "-", string.Join(" / ", entry.Findings.Select(f => f.Message)),
                entry.Target?.Value.ToString() ?? "-", entry.AppetiteZone?.Name ?? "-"));
            lines.AddRange(entry.Explanation.Select(sentence => "  because " + sentence));
        }

        lines.AddRange(result.Changes.Select(c => string.Join("|", "change", c.Id, c.Kind, c.Reason)));
        lines.AddRange(result.Findings.Select(f => string.Join("|", "finding", f.Kind, f.Id?.ToString() ?? "-", f.Message)));
        lines.Add("inherent " + result.InherentHeatMap.Render());
        lines.Add("residual " + result.ResidualHeatMap.Render());
        lines.AddRange(result.HeatMaps.All.Select(map => map.Render()));
        return lines;
    }

    /// <summary>The first line where two descriptions differ, for a property's label.</summary>
    /// <param name="first">The first description (for example the batch engine's).</param>
    /// <param name="second">The second (for example the NRules session's).</param>
    /// <param name="firstName">What to call the first in the message.</param>
    /// <param name="secondName">What to call the second.</param>
    /// <returns>"line 3: batch '...' but NRules '...'", or "no difference".</returns>
    public static string FirstDifference(IReadOnlyList<string> first, IReadOnlyList<string> second, string firstName = "batch", string secondName = "NRules")
    {
        for (var i = 0; i < System.Math.Max(first.Count, second.Count); i++)
        {
            var a = i < first.Count ? first[i] : "(none)";
            var b = i < second.Count ? second[i] : "(none)";
            if (a != b)
            {
                return $"line {i + 1}: {firstName} '{a}' but {secondName} '{b}'";
            }
        }

        return "no difference";
    }
}
