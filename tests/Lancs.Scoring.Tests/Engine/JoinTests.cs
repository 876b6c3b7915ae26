using System.Linq;
using Lancs.Scoring.Engine;
using NRules.Fluent.Dsl;
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
        Assert.Equal(1, Assert.IsType<HashJoinStep<Order>>(steps[1]).KeyParts);
    }

    [Fact]
    public void Compile_EqualityReversedOperands_StillRunsAsHashJoin()
    {
        Assert.Equal(1, Assert.IsType<HashJoinStep<Order>>(StepsOf(new ReversedJoinRule())[1]).KeyParts);
    }

    [Fact]
    public void Compile_TwoEqualities_BuildOneCompositeKey()
    {
        Assert.Equal(2, Assert.IsType<HashJoinStep<Edge>>(StepsOf(new SameEdgeRule())[1]).KeyParts);
    }

    [Fact]
    public void Compile_NonEqualityBetweenFacts_StaysACrossJoin()
    {
        Assert.IsType<CrossJoinStep<Order>>(StepsOf(new OrderAboveRatingRule())[1]);
    }

    [Fact]
    public void Compile_NotWithEquality_RunsAsHashAntiJoin()
    {
        Assert.Equal(1, Assert.IsType<HashQuantifierStep<Order>>(StepsOf(new CustomerWithoutOrdersRule())[1]).KeyParts);
    }

    [Fact]
    public void Join_NullKeysOnBothSides_MatchAsCSharpEqualityDoes()
    {
        var session = Batch.Compile(new Rule[] { new OrdersWithSameCustomerRule() }).CreateSession();
        session.InsertAll(new[] { new Order(1, null, 1m), new Order(2, null, 2m), new Order(3, "a", 3m) });

        session.Fire();

        // Pairs (1,2) and (2,1): null == null, as in C#.
        Assert.Equal(2, session.Query<Path>().Count);
    }

    [Fact]
    public void Join_ResidualCondition_FiltersJoinedRows()
    {
        var session = Batch.Compile(new Rule[] { new OrdersWithSameCustomerRule() }).CreateSession();
        session.InsertAll(new[] { new Order(1, "a", 1m), new Order(2, "a", 2m), new Order(3, "b", 3m) });

        session.Fire();

        Assert.Equal(new[] { new Path(1, 2), new Path(2, 1) }, session.Query<Path>());
    }

    [Fact]
    public void Join_CompositeKey_MatchesOnlyWhenEveryPartIsEqual()
    {
        var session = Batch.Compile(new Rule[] { new SameEdgeRule() }).CreateSession();
        session.InsertAll(new[] { new Path(1, 2), new Path(2, 3) });
        session.InsertAll(new[] { new Edge(1, 2), new Edge(2, 1), new Edge(2, 3) });

        session.Fire();

        Assert.Equal(new[] { new Alarm(1), new Alarm(2) }, session.Query<Alarm>());
    }

    [Fact]
    public void Join_ClassWithoutEqualityOperator_JoinsByReferenceAsCSharpDoes()
    {
        var shared = new Token("t");
        var session = Batch.Compile(new Rule[] { new SameTokenRule() }).CreateSession();
        session.InsertAll(new[] { new Holder("a", shared), new Holder("b", shared), new Holder("c", new Token("t")) });

        session.Fire();

        // a and b hold the same object; c holds an Equals-equal but distinct one, which == does not match.
        Assert.Equal(new[] { "a-a", "a-b", "b-a", "b-b", "c-c" }, session.Query<Named>().Select(n => n.Name));
    }

    [Fact]
    public void Join_KeysWhoseHashCodesCollide_StillJoinOnlyEqualKeys()
    {
        // Every Clash hashes alike, so all of them share one bucket; the join's own == must still tell them apart.
        var session = Batch.Compile(new Rule[] { new SameClashRule() }).CreateSession();
        session.InsertAll(new[] { new Clashing("a", new Clash(1)), new Clashing("b", new Clash(2)), new Clashing("c", new Clash(1)) });

        session.Fire();

        Assert.Equal(new[] { "a-a", "a-c", "b-b", "c-a", "c-c" }, session.Query<Named>().Select(n => n.Name));
    }

    [Fact]
    public void NotExists_KeysWhoseHashCodesCollide_FindOnlyEqualKeys()
    {
        var session = Batch.Compile(new Rule[] { new LonelyClashRule() }).CreateSession();
        session.InsertAll(new[] { new Clashing("a", new Clash(1)), new Clashing("b", new Clash(2)), new Clashing("c", new Clash(1)) });

        session.Fire();

        Assert.Equal(new[] { "b" }, session.Query<Named>().Select(n => n.Name));
    }

    [Fact]
    public void SharedIndex_RulesJoiningOnTheSameKeyWithDifferentFilters_EachSeeOnlyTheirOwnFacts()
    {
        var rules = Batch.Compile(new Rule[] { new SmallOrdersRule(), new OrderValueRule(), new LargeOrdersRule() });
        var steps = rules.Strata.SelectMany(s => s.Rules).Select(r => r.Steps[1]).ToArray();
        var session = rules.CreateSession();
        session.InsertAll(new[] { new Customer("a", "N", 1), new Customer("b", "S", 2) });
        session.InsertAll(new[] { new Order(1, "a", 5m), new Order(2, "a", 500m), new Order(3, "b", 50m), new Order(4, null, 1m) });

        session.Fire();

        // The three rules index orders by o.CustomerId, so they share one index; their filters still apply.
        var shared = steps.Select(step => Assert.IsType<HashJoinStep<Order>>(step).SharedIndex).Distinct().Single();
        Assert.True(shared >= 0);
        Assert.Equal(new[] { "a-1", "b-3" }, session.Query<Named>().Where(n => n.Name.Length == 3).Select(n => n.Name));
        Assert.Equal(new[] { "big a-2" }, session.Query<Named>().Where(n => n.Name.StartsWith("big", System.StringComparison.Ordinal)).Select(n => n.Name));
        Assert.Equal(new[] { 1, 2, 3 }, session.Query<Valued>().Select(v => v.Order.Number));
    }

    private static Step[] StepsOf(Rule rule) =>
        Batch.Compile(new[] { rule }).Strata.Single().Rules.Single().Steps;

    private sealed class SmallOrdersRule : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            Order order = null!;
            When().Match(() => customer).Match(() => order, o => o.CustomerId == customer.Id, o => o.Amount < 100m);
            Then().Yield(_ => new Named(customer.Id + "-" + order.Number));
        }
    }

    private sealed class LargeOrdersRule : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            Order order = null!;
            When().Match(() => customer).Match(() => order, o => customer.Id == o.CustomerId, o => o.Amount >= 100m);
            Then().Yield(_ => new Named("big " + customer.Id + "-" + order.Number));
        }
    }

    private sealed record Clash(int Value)
    {
        public override int GetHashCode() => 42;
    }

    private sealed record Clashing(string Name, Clash Key);

    private sealed class SameClashRule : Rule
    {
        public override void Define()
        {
            Clashing first = null!;
            Clashing second = null!;
            When().Match(() => first).Match(() => second, c => c.Key == first.Key);
            Then().Yield(_ => new Named(first.Name + "-" + second.Name));
        }
    }

    private sealed class LonelyClashRule : Rule
    {
        public override void Define()
        {
            Clashing lonely = null!;
            When().Match(() => lonely).Not<Clashing>(c => c.Key == lonely.Key, c => c != lonely);
            Then().Yield(_ => new Named(lonely.Name));
        }
    }

    private sealed class SameTokenRule : Rule
    {
        public override void Define()
        {
            Holder first = null!;
            Holder second = null!;
            When().Match(() => first).Match(() => second, h => h.Token == first.Token);
            Then().Yield(_ => new Named(first.Name + "-" + second.Name));
        }
    }

    private sealed class ReversedJoinRule : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            Order order = null!;
            When().Match(() => customer).Match(() => order, o => customer.Id == o.CustomerId);
            Then().Yield(_ => new Valued(customer, order));
        }
    }

    private sealed class SameEdgeRule : Rule
    {
        public override void Define()
        {
            Path path = null!;
            Edge edge = null!;
            When().Match(() => path).Match(() => edge, e => e.From == path.From && e.To == path.To);
            Then().Yield(_ => new Alarm(edge.From));
        }
    }

    private sealed class OrderAboveRatingRule : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            Order order = null!;
            When().Match(() => customer).Match(() => order, o => o.Amount > customer.Rating);
            Then().Yield(_ => new Valued(customer, order));
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
            Then().Yield(_ => new Path(first.Number, second.Number));
        }
    }
}
