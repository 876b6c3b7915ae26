using System;
using System.Collections.Generic;

namespace Lancs.Scoring.Engine.Runtime;

/// <summary>A compiled action of a rule's right-hand side.</summary>
internal abstract class RuleAction
{
    protected RuleAction(string description, IReadOnlyList<Type> yielded)
    {
        Description = description;
        Yielded = yielded;
    }

    /// <summary>Gets the action as written, for error messages.</summary>
    public string Description { get; }

    /// <summary>Gets the static types of the facts the action derives; empty for an action that derives nothing.</summary>
    public IReadOnlyList<Type> Yielded { get; }

    /// <summary>Makes room in memory for the facts <paramref name="count"/> activations will derive; by default nothing.</summary>
    public virtual void Reserve(WorkingMemory memory, int count)
    {
    }

    /// <summary>Runs the action for the row at <paramref name="offset"/>; a derived fact is recorded with <paramref name="derivation"/>.</summary>
    public abstract void Fire(Activation activation, int[] rows, int offset, int derivation);

    /// <summary>Runs the action for every row, in order: the rule's only action, outside recursion. Row <c>r</c>'s derivation is
    /// <paramref name="first"/> + <c>r</c> (or -1 throughout when <paramref name="first"/> is -1).</summary>
    public virtual void FireAll(Activation activation, RowBuffer rows, int first)
    {
        for (var r = 0; r < rows.Count; r++)
        {
            Fire(activation, rows.Data, r * rows.Stride, first < 0 ? -1 : first + r);
        }
    }
}
