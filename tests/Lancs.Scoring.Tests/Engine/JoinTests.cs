using System.Linq;
using Lancs.Scoring.Engine;
using Lancs.Scoring.Engine.Runtime;
using Xunit;

namespace Lancs.Scoring.Tests.Engine;

public sealed class JoinTests
{
    [Fact]
    public void Compile_EqualityWithEarlierBinding_RunsAsHashJoin()
    {
        var steps = StepsOf(new OrderValueRule());

        Assert.IsType<CrossJoinStep<Customer>>(steps[0]);
        Assert.IsType<HashJoinStep<Order, System.ValueTuple<string>>>(steps[1]);
    }

    [Fact]
    public void Compile_EqualityReversedOperands_StillRunsAsHashJoin()
    {
        Assert.IsType<HashJoinStep<Order, System.ValueTuple<string>>>(StepsOf(new ReversedJoinRule())[1]);
    }

    [Fact]
    public void Compile_TwoEqualities_BuildOneCompositeKey()
    {
        Assert.IsType<HashJoinStep<Edge, (int, int)>>(StepsOf(new SameEdgeRule())[1]);
    }

    [Fact]
    public void Compile_NonEqualityBetweenFacts_StaysACrossJoin()
    {
        Assert.IsType<CrossJoinStep<Order>>(StepsOf(new OrderAboveRatingRule())[1]);
    }

    [Fact]
    public void Compile_NotWithEquality_RunsAsHashAntiJoin()
    {
        Assert.IsType<HashQuantifierStep<Order, System.ValueTuple<string>>>(StepsOf(new CustomerWithoutOrdersRule())[1]);
    }

    [Fact]
    public void Join_NullKeysOnBothSides_MatchAsCSharpEqualityDoes()
    {
        var session = RuleSet.Compile(new Rule[] { new OrdersWithSameCustomerRule() }).CreateSession();
        session.InsertAll(new[] { new Order(1, null, 1m), new Order(2, null, 2m), new Order(3, "a", 3m) });

        session.Fire();

        // Pairs (1,2) and (2,1): null == null, as in C#.
        Assert.Equal(2, session.Query<Path>().Count);
    }

    [Fact]
    public void Join_ResidualCondition_FiltersJoinedRows()
    {
        var session = RuleSet.Compile(new Rule[] { new OrdersWithSameCustomerRule() }).CreateSession();
        session.InsertAll(new[] { new Order(1, "a", 1m), new Order(2, "a", 2m), new Order(3, "b", 3m) });

        session.Fire();

        Assert.Equal(new[] { new Path(1, 2), new Path(2, 1) }, session.Query<Path>());
    }

    [Fact]
    public void Join_CompositeKey_MatchesOnlyWhenEveryPartIsEqual()
    {
        var session = RuleSet.Compile(new Rule[] { new SameEdgeRule() }).CreateSession();
        session.InsertAll(new[] { new Path(1, 2), new Path(2, 3) });
        session.InsertAll(new[] { new Edge(1, 2), new Edge(2, 1), new Edge(2, 3) });

        session.Fire();

        Assert.Equal(new[] { new Alarm(1), new Alarm(2) }, session.Query<Alarm>());
    }

    private static Step[] StepsOf(Rule rule) =>
        RuleSet.Compile(new[] { rule }).Strata.Single().Rules.Single().Steps;

    private sealed class ReversedJoinRule : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            Order order = null!;
            When().Match(() => customer).Match(() => order, o => customer.Id == o.CustomerId);
            Then().Yield(() => new Valued(customer, order));
        }
    }

    private sealed class SameEdgeRule : Rule
    {
        public override void Define()
        {
            Path path = null!;
            Edge edge = null!;
            When().Match(() => path).Match(() => edge, e => e.From == path.From && e.To == path.To);
            Then().Yield(() => new Alarm(edge.From));
        }
    }

    private sealed class OrderAboveRatingRule : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            Order order = null!;
            When().Match(() => customer).Match(() => order, o => o.Amount > customer.Rating);
            Then().Yield(() => new Valued(customer, order));
        }
    }

    private sealed class OrdersWithSameCustomerRule : Rule
    {
        public override void Define()
        {
            Order first = null!;
            Order second = null!;
            When()
                .Match(() => first)
                .Match(() => second, o => o.CustomerId == first.CustomerId, o => o.Number != first.Number);
            Then().Yield(() => new Path(first.Number, second.Number));
        }
    }
}
