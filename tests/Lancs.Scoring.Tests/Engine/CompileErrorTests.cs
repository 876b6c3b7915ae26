using System;
using System.Collections.Generic;
using Lancs.Scoring.Engine;
using NRules.Fluent.Dsl;
using Xunit;

namespace Lancs.Scoring.Tests.Engine;

public sealed class CompileErrorTests
{
    [Fact]
    public void Compile_BindingUsedBeforeMatch_ThrowsNamingRuleAndBinding()
    {
        var ex = Assert.Throws<RuleCompilationException>(() => Batch.Compile(new Rule[] { new BindingTooEarlyRule() }));

        Assert.Equal(typeof(BindingTooEarlyRule).FullName, ex.RuleName);
        Assert.Contains("uses 'order', which no earlier pattern declares and which holds null", ex.Message);
    }

    [Fact]
    public void Compile_LocalNeverBound_ThrowsNamingTheLocal()
    {
        var ex = Assert.Throws<RuleCompilationException>(() => Batch.Compile(new Rule[] { new UnboundLocalRule() }));

        Assert.Contains("uses 'stranger', which no earlier pattern declares and which holds null", ex.Message);
    }

    [Fact]
    public void Compile_NegationOfOwnYield_ThrowsNegationCycle()
    {
        var ex = Assert.Throws<RuleCompilationException>(() => Batch.Compile(new Rule[] { new SelfNegatingRule() }));

        Assert.Equal(typeof(SelfNegatingRule).FullName, ex.RuleName);
        Assert.Contains("negation cycle", ex.Message);
        Assert.Contains("the rule itself", ex.Message);
    }

    [Fact]
    public void Compile_NegationThroughAnotherRule_ThrowsNegationCycle()
    {
        var ex = Assert.Throws<RuleCompilationException>(() => Batch.Compile(new Rule[] { new FlagUnlessBigRule(), new BigFromFlagRule() }));

        Assert.Equal(typeof(FlagUnlessBigRule).FullName, ex.RuleName);
        Assert.Contains($"rule '{typeof(BigFromFlagRule).FullName}', which depends on this rule", ex.Message);
    }

    [Fact]
    public void Compile_ActionCapturingALocal_ThrowsActionNotAllowed()
    {
        var ex = Assert.Throws<RuleCompilationException>(() => Batch.Compile(new Rule[] { new CollectingIntoLocalRule() }));

        Assert.Contains("is not allowed: it uses the local 'collected'", ex.Message);
    }

    [Fact]
    public void Compile_DuplicateRuleName_ThrowsNamingBothRules()
    {
        var ex = Assert.Throws<RuleCompilationException>(() => Batch.Compile(new Rule[] { new HighRatingRule(), new HighRatingRule() }));

        Assert.Equal("High rating", ex.RuleName);
        Assert.Contains("rule names must be unique", ex.Message);
    }

    [Theory]
    [InlineData(typeof(NoPatternRule), "Group element requires at least one child element")]
    [InlineData(typeof(NoActionRule), "Rule must have at least one match action")]
    [InlineData(typeof(DoubleBindingRule), "Duplicate declarations. Declaration=customer")]
    public void Define_IllFormedRule_IsRefusedByNRulesFluentNamingTheRuleType(Type ruleType, string problem)
    {
        var rule = (Rule)Activator.CreateInstance(ruleType, nonPublic: true)!;

        var ex = Assert.Throws<NRules.Fluent.RuleDefinitionException>(() => Batch.Compile(rule));

        Assert.Equal(ruleType, ex.RuleType);
        Assert.Contains(problem, ex.InnerException!.InnerException?.Message ?? ex.InnerException.Message);
    }

    [Fact]
    public void Define_Throws_IsReportedByNRulesFluentWithTheRuleType()
    {
        var ex = Assert.Throws<NRules.Fluent.RuleDefinitionException>(() => Batch.Compile(new ThrowingDefineRule()));

        Assert.Equal(typeof(ThrowingDefineRule), ex.RuleType);
        Assert.IsType<FormatException>(ex.InnerException);
    }

    [Fact]
    public void Compile_RuleStartingWithNot_ThrowsNamingTheRule()
    {
        var ex = Assert.Throws<RuleCompilationException>(() => Batch.Compile(new NotFirstRule()));

        Assert.Equal(typeof(NotFirstRule).FullName, ex.RuleName);
        Assert.Contains("must start with a Match pattern", ex.Message);
    }

    private sealed class NotFirstRule : Rule
    {
        public override void Define()
        {
            When().Not<Flag>();
            Then().Do(_ => System.Console.Write(string.Empty));
        }
    }

    private sealed class BindingTooEarlyRule : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            Order order = null!;
            When()
                .Match(() => customer, c => c.Rating > order.Number)
                .Match(() => order);
            Then().Yield(_ => new Flag(customer.Id));
        }
    }

    private sealed class UnboundLocalRule : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            Customer stranger = null!;
            When().Match(() => customer, c => c.Id == stranger.Id);
            Then().Yield(_ => new Flag(customer.Id));
        }
    }

    private sealed class SelfNegatingRule : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            When().Match(() => customer).Not<Flag>(f => f.CustomerId == customer.Id);
            Then().Yield(_ => new Flag(customer.Id));
        }
    }

    private sealed class FlagUnlessBigRule : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            When().Match(() => customer).Not<BigSpender>(b => b.CustomerId == customer.Id);
            Then().Yield(_ => new Flag(customer.Id));
        }
    }

    private sealed class BigFromFlagRule : Rule
    {
        public override void Define()
        {
            Flag flag = null!;
            When().Match(() => flag);
            Then().Yield(_ => new BigSpender(flag.CustomerId));
        }
    }

    private sealed class CollectingIntoLocalRule : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            var collected = new List<Customer>();
            When().Match(() => customer);
            Then().Do(_ => collected.Add(customer));
        }
    }

    private sealed class NoPatternRule : Rule
    {
        public override void Define() => Then().Yield(_ => new Flag("x"));
    }

    private sealed class NoActionRule : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            When().Match(() => customer);
        }
    }

    private sealed class DoubleBindingRule : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            When().Match(() => customer).Match(() => customer);
            Then().Yield(_ => new Flag(customer.Id));
        }
    }

    private sealed class ThrowingDefineRule : Rule
    {
        public override void Define() => throw new FormatException("broken");
    }
}
