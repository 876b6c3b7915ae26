namespace Lancs.Scoring.Engine.Runtime;

/// <summary>A compiled <c>Yield</c>: builds a fact from the row and adds it to the session as derived.</summary>
internal sealed class YieldAction<T> : RuleAction
{
    private readonly RowFunction<T> _factory;

    public YieldAction(string description, RowFunction<T> factory)
        : base(description)
    {
        _factory = factory;
    }

    public override void Reserve(Session session, int count) => session.Reserve<T>(count);

    public override void Fire(Session session, FactList[] lists, int[] rows, int offset, int derivation, bool deduplicate) =>
        session.AddDerived(_factory(lists, rows, offset), derivation, deduplicate);
}
