namespace Lancs.Scoring.Engine.Runtime;

/// <summary>A compiled <c>Do</c>: runs an action with the row's facts.</summary>
internal sealed class DoAction : RuleAction
{
    private readonly RowAction _action;

    public DoAction(string description, RowAction action)
        : base(description)
    {
        _action = action;
    }

    public override void Fire(Session session, FactList[] lists, int[] rows, int offset, int derivation, bool deduplicate) =>
        _action(lists, rows, offset);
}
