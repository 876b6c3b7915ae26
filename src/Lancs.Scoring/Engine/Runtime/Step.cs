using System;
using System.Collections.Generic;

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

    /// <summary>Gets whether the step scans one list with single-fact conditions only, so that as a rule's only step it may
    /// share a pass over the list with other such rules (<see cref="FusedScan"/>).</summary>
    public virtual bool IsPlainScan => false;

    /// <summary>Returns whether this plain scan and <paramref name="other"/> read the same list.</summary>
    public virtual bool FusesWith(Step other) => false;

    /// <summary>Returns the pass over this plain scan's list that matches <paramref name="rules"/>, the rules of consecutive
    /// strata whose only step is a plain scan of the same list, this one first.</summary>
    public virtual FusedScan Fuse(IReadOnlyList<CompiledRule> rules) => throw new InvalidOperationException($"{Description}: only a plain scan fuses.");
}
