using Lancs.Scoring.Risk;

namespace Lancs.Scoring.Cli;

/// <summary>The inclusion sentences of one result's entries as the table prints them (<see cref="Printable.OneLine"/>),
/// each made once: the sentence is worded from the policy, whether the entry is on the corporate register and its judged
/// score, and every entry of one result was scored under the same policy, so they share at most 50 sentences.</summary>
/// <remarks>Asking each entry for its <see cref="EntryResult.InclusionReason"/> made and kept a sentence of about 120
/// characters on every entry off the register (850,000 of a generated 1,000,000-entry register, about 300 MB kept).
/// A score outside the matrix is worded afresh.</remarks>
internal sealed class ReasonLines
{
    /// <summary>The largest score on the 5 x 5 matrix.</summary>
    private const int MaxScore = 25;

    private readonly string?[] _on = new string?[MaxScore + 1];
    private readonly string?[] _off = new string?[MaxScore + 1];

    /// <summary>Returns <c>Printable.OneLine(entry.InclusionReason)</c>.</summary>
    public string Of(EntryResult entry)
    {
        var score = entry.Entry.JudgedScore.Value;
        if (score > MaxScore)
        {
            return Printable.OneLine(entry.InclusionReason);
        }

        var lines = entry.IsOnCorporateRegister ? _on : _off;
        return lines[score] ??= Printable.OneLine(entry.InclusionReason);
    }
}
