namespace Lancs.Scoring.Risk;

/// <summary>What the register's facts are about, for explanations as data.</summary>
internal static class RegisterFacts
{
    /// <summary>Returns the entry a register fact is about: the current entry for a link between quarters, or
    /// <see langword="null"/> for a fact about no one entry.</summary>
    public static EntryId? IdOf(object fact) => fact switch
    {
        RegisterEntry e => e.Id,
        ScoredEntry s => s.Entry.Id,
        Inclusion i => i.Entry.Id,
        ScoreMovement m => m.Entry.Id,
        RegisterChange c => c.Id,
        Finding f => f.Id,
        PreviousQuarterEntry p => p.Entry.Id,
        PreviousMatch m => m.Current.Entry.Id,
        Predecessor p => p.Current.Id,
        _ => null,
    };
}
