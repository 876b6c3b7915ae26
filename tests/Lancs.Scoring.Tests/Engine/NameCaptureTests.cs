using System.Linq;
using Lancs.Scoring.Engine;
using NRules.Fluent.Dsl;
using Xunit;

namespace Lancs.Scoring.Tests.Engine;

/// <summary>Why the rules name their locals apart from every member (NRulesSemanticsTests.DeclarationNames_NeverEqualAMemberName):
/// NRules.Fluent 1.0.4 rewrites a member read at the end of a chain into the declaration of the same name.</summary>
public sealed class NameCaptureTests
{
    [Fact]
    public void Fluent_LocalNamedLikeAMember_RewritesTheMemberIntoTheLocal()
    {
        var session = Batch.Compile(new CapturedRule()).CreateSession();
        session.Insert(new Customer("a", "N", 5));
        session.Insert(new Customer("b", "S", 1));
        session.Insert(new Wrapper(new Valued(new Customer("a", "N", 5), new Order(1, "a", 10m))));
        session.Fire();

        // As written, the rule pairs the wrapper with customer a only; NRules.Fluent made the condition Customer == Customer.
        Assert.Equal(new[] { "a", "b" }, session.Query<Flag>().Select(f => f.CustomerId).OrderBy(id => id));
    }

    [Fact]
    public void Fluent_LocalNamedApart_MatchesAsWritten()
    {
        var session = Batch.Compile(new NamedApartRule()).CreateSession();
        var customer = new Customer("a", "N", 5);
        session.Insert(customer);
        session.Insert(new Customer("b", "S", 1));
        session.Insert(new Wrapper(new Valued(customer, new Order(1, "a", 10m))));
        session.Fire();

        Assert.Equal("a", Assert.Single(session.Query<Flag>()).CustomerId);
    }

    public sealed class Wrapper(Valued inner)
    {
        public Valued Inner { get; } = inner;
    }

    private sealed class CapturedRule : Rule
    {
        public override void Define()
        {
            Customer Customer = null!;
            Wrapper wrapper = null!;
            When()
                .Match(() => Customer)
                .Match(() => wrapper, w => w.Inner.Customer == Customer);
            Then().Yield(_ => new Flag(Customer.Id));
        }
    }

    private sealed class NamedApartRule : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            Wrapper wrapper = null!;
            When()
                .Match(() => customer)
                .Match(() => wrapper, w => w.Inner.Customer == customer);
            Then().Yield(_ => new Flag(customer.Id));
        }
    }
}
