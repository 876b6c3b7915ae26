using System;
using System.Collections.Generic;
using Lancs.Scoring.Engine;
using Xunit;

namespace Lancs.Scoring.Tests.Engine;

public sealed class CompileErrorTests
{
    [Fact]
    public void Compile_BindingUsedBeforeMatch_ThrowsNamingRuleAndBinding()
    {
        var ex = Assert.Throws<RuleCompilationException>(() => RuleSet.Compile(new Rule[] { new BindingTooEarlyRule() }));

        Assert.Equal(nameof(BindingTooEarlyRule), ex.RuleName);
        Assert.Contains("uses the binding 'order' before it is matched (by pattern 2)", ex.Message);
    }

    [Fact]
    public void Compile_LocalNeverBound_ThrowsNamingTheLocal()
    {
        var ex = Assert.Throws<RuleCompilationException>(() => RuleSet.Compile(new Rule[] { new UnboundLocalRule() }));

        Assert.Contains("uses 'stranger', which no pattern binds and which holds null", ex.Message);
    }

    [Fact]
    public void Compile_NegationOfOwnYield_ThrowsNegationCycle()
    {
        var ex = Assert.Throws<RuleCompilationException>(() => RuleSet.Compile(new Rule[] { new SelfNegatingRule() }));

        Assert.Equal(nameof(SelfNegatingRule), ex.RuleName);
        Assert.Contains("negation cycle", ex.Message);
        Assert.Contains("the rule itself", ex.Message);
    }

    [Fact]
    public void Compile_NegationThroughAnotherRule_ThrowsNegationCycle()
    {
        var ex = Assert.Throws<RuleCompilationException>(() => RuleSet.Compile(new Rule[] { new FlagUnlessBigRule(), new BigFromFlagRule() }));

        Assert.Equal(nameof(FlagUnlessBigRule), ex.RuleName);
        Assert.Contains($"rule '{nameof(BigFromFlagRule)}', which depends on this rule", ex.Message);
    }

    [Fact]
    public void Compile_ActionCapturingALocal_ThrowsActionNotAllowed()
    {
        var ex = Assert.Throws<RuleCompilationException>(() => RuleSet.Compile(new Rule[] { new CollectingIntoLocalRule() }));

        Assert.Contains("is not allowed: it uses the local 'collected'", ex.Message);
    }

    [Fact]
    public void Compile_DuplicateRuleName_ThrowsNamingBothRules()
    {
        var ex = Assert.Throws<RuleCompilationException>(() => RuleSet.Compile(new Rule[] { new HighRatingRule(), new HighRatingRule() }));

        Assert.Equal("High rating", ex.RuleName);
        Assert.Contains("rule names must be unique", ex.Message);
    }

    [Fact]
    public void Define_EmptyLeftHandSide_ThrowsDefinitionException()
    {
        var ex = Assert.Throws<RuleDefinitionException>(() => RuleSet.Compile(new Rule[] { new NoPatternRule() }));

        Assert.Equal(typeof(NoPatternRule), ex.RuleType);
        Assert.Contains("left-hand side is empty", ex.Message);
    }

    [Fact]
    public void Define_EmptyRightHandSide_ThrowsDefinitionException()
    {
        var ex = Assert.Throws<RuleDefinitionException>(() => RuleSet.Compile(new Rule[] { new NoActionRule() }));

        Assert.Contains("right-hand side is empty", ex.Problem);
    }

    [Fact]
    public void Define_SameLocalBoundTwice_ThrowsDefinitionException()
    {
        var ex = Assert.Throws<RuleDefinitionException>(() => RuleSet.Compile(new Rule[] { new DoubleBindingRule() }));

        Assert.Contains("'customer' is matched twice (patterns 1 and 2)", ex.Message);
    }

    [Fact]
    public void Define_AliasThatIsNotALocal_ThrowsDefinitionException()
    {
        var ex = Assert.Throws<RuleDefinitionException>(() => RuleSet.Compile(new Rule[] { new FieldAliasRule() }));

        Assert.Contains("is not a local variable", ex.Message);
    }

    [Fact]
    public void Define_Throws_IsWrappedWithTheRuleName()
    {
        var ex = Assert.Throws<RuleDefinitionException>(() => RuleSet.Compile(new Rule[] { new ThrowingDefineRule() }));

        Assert.Contains("Define() threw: broken", ex.Message);
        Assert.IsType<FormatException>(ex.InnerException);
    }

    [Fact]
    public void FromTypes_TypeWithoutParameterlessConstructor_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => RuleSet.FromTypes(typeof(RecordingRule)));

        Assert.Contains("pass an instance to RuleSet.Compile", ex.Message);
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
            Then().Yield(() => new Flag(customer.Id));
        }
    }

    private sealed class UnboundLocalRule : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            Customer stranger = null!;
            When().Match(() => customer, c => c.Id == stranger.Id);
            Then().Yield(() => new Flag(customer.Id));
        }
    }

    private sealed class SelfNegatingRule : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            When().Match(() => customer).Not<Flag>(f => f.CustomerId == customer.Id);
            Then().Yield(() => new Flag(customer.Id));
        }
    }

    private sealed class FlagUnlessBigRule : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            When().Match(() => customer).Not<BigSpender>(b => b.CustomerId == customer.Id);
            Then().Yield(() => new Flag(customer.Id));
        }
    }

    private sealed class BigFromFlagRule : Rule
    {
        public override void Define()
        {
            Flag flag = null!;
            When().Match(() => flag);
            Then().Yield(() => new BigSpender(flag.CustomerId));
        }
    }

    private sealed class CollectingIntoLocalRule : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            var collected = new List<Customer>();
            When().Match(() => customer);
            Then().Do(() => collected.Add(customer));
        }
    }

    private sealed class NoPatternRule : Rule
    {
        public override void Define() => Then().Yield(() => new Flag("x"));
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
            Then().Yield(() => new Flag(customer.Id));
        }
    }

    private sealed class FieldAliasRule : Rule
    {
        private readonly Customer _customer = new("a", "N", 1);

        public override void Define()
        {
            When().Match(() => _customer);
            Then().Yield(() => new Flag(_customer.Id));
        }
    }

    private sealed class ThrowingDefineRule : Rule
    {
        public override void Define() => throw new FormatException("broken");
    }
}
