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

    /// <summary>Adds every row's fact straight to its list when facts of <typeparamref name="T"/> go to one list only (the common
    /// case: a sealed fact type no other pattern sees through a base type), so routing is resolved once per rule run.</summary>
    public override void FireAll(Session session, FactList[] lists, RowBuffer rows, int first)
    {
        if (session.OnlyListFor<T>() is not { } target)
        {
            base.FireAll(session, lists, rows, first);
            return;
        }

        var data = rows.Data;
        for (var r = 0; r < rows.Count; r++)
        {
            var fact = _factory(lists, data, r * rows.Stride);
            if (fact is null)
            {
                throw Session.NullYield();
            }

            target.Add(fact, first + r);
        }
    }
}
