namespace Lancs.Scoring.Engine.Runtime;

/// <summary>A compiled action of a rule's right-hand side.</summary>
internal abstract class RuleAction
{
    protected RuleAction(string description)
    {
        Description = description;
    }

    /// <summary>Gets the action as written, for error messages.</summary>
    public string Description { get; }

    /// <summary>Makes room in the session for the facts <paramref name="count"/> activations will derive; by default nothing.</summary>
    public virtual void Reserve(Session session, int count)
    {
    }

    /// <summary>Runs the action for the row at <paramref name="offset"/>; a derived fact is recorded with <paramref name="derivation"/>.</summary>
    public abstract void Fire(Session session, FactList[] lists, int[] rows, int offset, int derivation, bool deduplicate);

    /// <summary>Runs the action for every row, in order: the rule's only action, outside recursion. Row <c>r</c>'s derivation is
    /// <paramref name="first"/> + <c>r</c> (or -1 throughout when <paramref name="first"/> is -1).</summary>
    public virtual void FireAll(Session session, FactList[] lists, RowBuffer rows, int first)
    {
        for (var r = 0; r < rows.Count; r++)
        {
            Fire(session, lists, rows.Data, r * rows.Stride, first < 0 ? -1 : first + r, deduplicate: false);
        }
    }
}
