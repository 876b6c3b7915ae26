using System.Collections.Generic;
using System.Linq;
using Lancs.Scoring.Risk;

namespace Lancs.Scoring.Tests.Risk;

/// <summary>Everything a register result says, as lines of text in the result's own order, so that two runtimes' results
/// can be compared exactly: entries with inclusion, direction, findings, target, appetite zone and explanation; changes;
/// findings; heat maps, the combined ones and those per kind and score with their ids.</summary>
internal static class RuntimeAgreement
{
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
    public static string FirstDifference(IReadOnlyList<string> batch, IReadOnlyList<string> nrules)
    {
        for (var i = 0; i < System.Math.Max(batch.Count, nrules.Count); i++)
        {
            var b = i < batch.Count ? batch[i] : "(none)";
            var n = i < nrules.Count ? nrules[i] : "(none)";
            if (b != n)
            {
                return $"line {i + 1}: batch '{b}' but NRules '{n}'";
            }
        }

        return "no difference";
    }
}
