namespace Lancs.Scoring.Engine.Runtime;

/// <summary>Where a derived fact came from: the rule, and the row of facts (by index) that matched it.</summary>
internal readonly struct DerivationRecord
{
    public DerivationRecord(CompiledRule rule, RowBuffer rows, int offset)
    {
        Rule = rule;
        Rows = rows;
        Offset = offset;
    }

    public CompiledRule Rule { get; }

    public RowBuffer Rows { get; }

    public int Offset { get; }
}
