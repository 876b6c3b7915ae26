using System.Linq;
using Lancs.Scoring.Engine;
using NRules.Fluent.Dsl;
using Xunit;

namespace Lancs.Scoring.Tests.Engine;

/// <summary>Actions other than a plain Fluent <c>Yield</c> run as written, through the batch engine's <c>IContext</c>:
/// what they insert is derived, ordered after the rules it feeds, and explained.</summary>
public sealed class ContextActionTests
{
    [Fact]
    public void Fire_DoThatInserts_DerivesTheFactAndFeedsLaterRules()
    {
        var session = Batch.Compile(new InsertingRule(), new FlaggedBigSpenderRule()).CreateSession();
        session.Insert(new Customer("a", "N", 5));
        session.Fire();

        var flag = Assert.Single(session.Query<Flag>());
        Assert.Equal("a", Assert.Single(session.Query<BigSpender>()).CustomerId);
        Assert.Equal(typeof(InsertingRule).FullName, session.Explain(flag)!.Rule.Name);
    }

    [Fact]
    public void Fire_YieldThatReadsTheContext_RunsThroughTheContext()
    {
        var session = Batch.Compile(new RuleNameYieldRule()).CreateSession();
        session.Insert(new Customer("a", "N", 5));
        session.Fire();

        Assert.Equal("Named after its rule", Assert.Single(session.Query<Flag>()).CustomerId);
    }

    [Fact]
    public void Fire_DoThatInsertsSeveralFacts_DerivesEachWithTheSameExplanation()
    {
        var session = Batch.Compile(new InsertAllRule()).CreateSession();
        var customer = new Customer("a", "N", 5);
        session.Insert(customer);
        session.Fire();

        var flags = session.Query<Flag>();
        Assert.Equal(new[] { "a-1", "a-2" }, flags.Select(f => f.CustomerId));
        Assert.All(flags, f => Assert.Same(customer, session.Explain(f)!.Sources.Single()));
    }

    private sealed class InsertingRule : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            When().Match(() => customer, c => c.Rating > 4);
            Then().Do(ctx => ctx.Insert(new Flag(customer.Id)));
        }
    }

    [Name("Named after its rule")]
    private sealed class RuleNameYieldRule : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            When().Match(() => customer);
            Then().Yield(ctx => new Flag(ctx.Rule.Name));
        }
    }

    private sealed class InsertAllRule : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            When().Match(() => customer);
            Then().Do(ctx => ctx.InsertAll(new[] { new Flag(customer.Id + "-1"), new Flag(customer.Id + "-2") }));
        }
    }
}
