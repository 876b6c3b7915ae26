namespace Lancs.Scoring.Engine.Runtime;

/// <summary>One pattern of a compiled rule: turns the rows matched so far into the rows that also match this pattern.</summary>
/// <remarks>Steps hold only compiled delegates; everything a run needs lives in locals, so one step serves concurrent sessions.</remarks>
internal abstract class Step
{
    protected Step(string description)
    {
        Description = description;
    }

    /// <summary>Gets the pattern as written, for error messages.</summary>
    public string Description { get; }

    /// <summary>Returns the rows of <paramref name="input"/> that this pattern extends or keeps.</summary>
    public abstract RowBuffer Run(FactList[] lists, RowBuffer input);
}
