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
}
