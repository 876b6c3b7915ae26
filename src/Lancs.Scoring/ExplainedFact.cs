using Lancs.Scoring.Risk;

namespace Lancs.Scoring;

/// <summary>A fact an explanation step used or derived: what kind of fact it is, the entry it is about, and what it says.</summary>
public sealed class ExplainedFact
{
    internal ExplainedFact(string kind, EntryId? id, string text, object value)
    {
        Kind = kind;
        Id = id;
        Text = text;
        Value = value;
    }

    /// <summary>Gets the kind of fact, as its type is named: "RegisterEntry", "ScoredEntry", "Inclusion", "ScoreMovement",
    /// "RegisterChange", "Finding", "PreviousQuarterEntry"...</summary>
    public string Kind { get; }

    /// <summary>Gets the register entry the fact is about, or <see langword="null"/> for a fact about no one entry
    /// (the previous quarter given, a KPI or complaint fact).</summary>
    public EntryId? Id { get; }

    /// <summary>Gets what the fact says, as a phrase ("CR1 scored 25 / 16").</summary>
    public string Text { get; }

    /// <summary>Gets the fact itself, for an app that knows its type (<see cref="RegisterEntry"/>, <see cref="RegisterChange"/>,
    /// <see cref="Finding"/> are public).</summary>
    public object Value { get; }

    /// <summary>Returns <see cref="Text"/>.</summary>
    /// <returns>The fact as a phrase.</returns>
    public override string ToString() => Text;
}
