namespace Lancs.Scoring.Risk;

/// <summary>A fact present only when a previous quarter's register was given: without it there is no direction of travel.</summary>
public sealed class PreviousQuarterGiven
{
    /// <summary>Creates the fact; insert it once per session, with the previous register's entries.</summary>
    /// <param name="previous">The quarter of the previous register.</param>
    /// <param name="current">The quarter being scored.</param>
    public PreviousQuarterGiven(Quarter previous, Quarter current)
    {
        Previous = previous;
        Current = current;
    }

    /// <summary>Gets the quarter of the previous register.</summary>
    public Quarter Previous { get; }

    /// <summary>Gets the quarter being scored.</summary>
    public Quarter Current { get; }

    /// <summary>Gets whether the previous register is from the quarter just before the current one.</summary>
    public bool IsAdjacent => Previous.Next == Current;

    /// <summary>Returns "previous register Q1 2016/17".</summary>
    /// <returns>The previous quarter.</returns>
    public override string ToString() => $"previous register {Previous}";
}
