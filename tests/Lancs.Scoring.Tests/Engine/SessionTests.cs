using System;
using System.Linq;
using System.Threading.Tasks;
using Lancs.Scoring.Engine;
using NRules.Fluent.Dsl;
using Xunit;

namespace Lancs.Scoring.Tests.Engine;

public sealed class SessionTests
{
    [Fact]
    public void Insert_AfterFire_Throws()
    {
        var session = Batch.Compile(new Rule[] { new HighRatingRule() }).CreateSession();
        session.Fire();

        var ex = Assert.Throws<InvalidOperationException>(() => session.Insert(new Customer("a", "N", 5)));

        Assert.Contains("create a new session", ex.Message);
    }

    [Fact]
    public void Fire_Twice_Throws()
    {
        var session = Batch.Compile(new Rule[] { new HighRatingRule() }).CreateSession();
        session.Fire();

        Assert.Throws<InvalidOperationException>(() => session.Fire());
    }

    [Fact]
    public void Insert_Null_Throws()
    {
        var session = Batch.Compile(new Rule[] { new HighRatingRule() }).CreateSession();

        Assert.Throws<ArgumentNullException>(() => session.Insert<Customer>(null!));
    }

    [Fact]
    public void Fire_ConditionThrows_WrapsWithRuleAndExpression()
    {
        var session = Batch.Compile(new Rule[] { new DividingRule() }).CreateSession();
        session.Insert(new Customer("a", "N", 0));

        var ex = Assert.Throws<RuleExecutionException>(() => session.Fire());

        Assert.Equal(typeof(DividingRule).FullName, ex.RuleName);
        // NRules.Fluent names a condition's parameter after the pattern's declaration.
        Assert.Contains("(10 / customer.Rating)", ex.Expression);
        Assert.IsType<DivideByZeroException>(ex.InnerException);
    }

    [Fact]
    public void Query_TypeNeverInserted_IsEmpty()
    {
        var session = Batch.Compile(new Rule[] { new HighRatingRule() }).CreateSession();

        Assert.Empty(session.Query<Order>());
    }

    [Fact]
    public void CreateSession_ManySessionsAtOnce_EachGetsItsOwnResult()
    {
        var ruleSet = Batch.Compile(new Rule[] { new OrderValueRule(), new HighRatingRule() });

        var counts = Enumerable.Range(1, 16).AsParallel().Select(n =>
        {
            var session = ruleSet.CreateSession();
            session.InsertAll(Enumerable.Range(0, n).Select(i => new Customer("c" + i, "N", i % 6)));
            session.InsertAll(Enumerable.Range(0, n * 3).Select(i => new Order(i, "c" + (i % n), i)));
            session.Fire();
            return (n, valued: session.Query<Valued>().Count);
        }).ToList();

        Assert.All(counts, c => Assert.Equal(c.n * 3, c.valued));
    }

    private sealed class DividingRule : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            When().Match(() => customer, c => 10 / c.Rating > 1);
            Then().Yield(_ => new Flag(customer.Id));
        }
    }
}
