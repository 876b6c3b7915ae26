using System;
using System.Linq;
using Lancs.Scoring.Engine;
using NRules.Fluent.Dsl;
using NRules.RuleModel;
using Xunit;

namespace Lancs.Scoring.Tests.Engine;

/// <summary>What NRules can say but the batch engine does not run is refused when the rule set is compiled, naming the
/// rule and the element; the same definitions still run in an NRules session.</summary>
public sealed class UnsupportedElementTests
{
    public static TheoryData<Rule, string> Refused() => new()
    {
        { new OrRule(), "the batch engine does not support Or" },
        { new AllRule(), "the batch engine does not support All" },
        { new QueryRule(), "the batch engine does not support Query" },
        { new LetRule(), "the batch engine does not support Let (rating)" },
        { new DependencyRule(), "the batch engine does not support Dependency()" },
        { new FilterRule(), "the batch engine does not support Filter()" },
        { new UndoRule(), "Undo" },
        { new UpdateRule(), "the batch engine does not support IContext.Update" },
        { new RetractRule(), "the batch engine does not support IContext.Retract" },
        { new HaltRule(), "the batch engine does not support IContext.Halt" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void Compile_UnsupportedElement_IsRefusedNamingTheRuleAndTheElement(Rule rule, string element)
    {
        var definition = RuleDefinitions.Create(rule);

        var ex = Assert.Throws<RuleCompilationException>(() => BatchRuleSet.Compile(new[] { definition }));

        Assert.Equal(rule.GetType().FullName, ex.RuleName);
        Assert.Contains(element, ex.Message);
    }

    [Fact]
    public void Compile_RefusedRule_StillCompilesInNRules()
    {
        var definition = RuleDefinitions.Create(new OrRule());

        var session = new NRules.RuleCompiler().Compile(new[] { definition }).CreateSession();
        session.Insert(new Customer("a", "N", 5));
        session.Fire();

        Assert.Single(session.Query<Flag>());
    }

    private sealed class OrRule : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            When().Or(x => x.Match(() => customer, c => c.Rating > 4).Match(() => customer, c => c.Region == "S"));
            Then().Yield(_ => new Flag(customer.Id));
        }
    }

    private sealed class AllRule : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            When().Match(() => customer).All<Order>(o => o.Amount > 0m);
            Then().Yield(_ => new Flag(customer.Id));
        }
    }

    private sealed class QueryRule : Rule
    {
        public override void Define()
        {
            System.Collections.Generic.IEnumerable<Order> orders = null!;
            When().Query(() => orders, q => q.Match<Order>().Collect());
            Then().Yield(_ => new Flag(orders.Count().ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
    }

    private sealed class LetRule : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            int rating = 0;
            When().Match(() => customer).Let(() => rating, () => customer.Rating * 2);
            Then().Yield(_ => new Flag(customer.Id + rating));
        }
    }

    private sealed class DependencyRule : Rule
    {
        public override void Define()
        {
            IServiceProvider services = null!;
            Customer customer = null!;
            Dependency().Resolve(() => services);
            When().Match(() => customer);
            Then().Do(_ => services.GetService(typeof(string)));
        }
    }

    private sealed class FilterRule : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            When().Match(() => customer);
            Filter().OnChange(() => customer.Rating);
            Then().Yield(_ => new Flag(customer.Id));
        }
    }

    private sealed class UndoRule : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            When().Match(() => customer);
            Then().Do(ctx => ctx.Insert(new Flag(customer.Id))).Undo(ctx => ctx.Insert(new BigSpender(customer.Id)));
        }
    }

    private sealed class UpdateRule : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            When().Match(() => customer);
            Then().Do(ctx => ctx.Update(customer));
        }
    }

    private sealed class RetractRule : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            When().Match(() => customer);
            Then().Do(ctx => ctx.Retract(customer));
        }
    }

    private sealed class HaltRule : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            When().Match(() => customer);
            Then().Do(ctx => ctx.Halt());
        }
    }
}
