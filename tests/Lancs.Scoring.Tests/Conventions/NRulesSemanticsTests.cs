using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Lancs.Scoring.Engine;
using Lancs.Scoring.Engine.Compilation;
using Lancs.Scoring.Engine.Runtime;
using NRules.RuleModel;
using Xunit;

namespace Lancs.Scoring.Tests.Conventions;

/// <summary>What keeps the batch engine's results equal to an NRules session's (docs/engine.md, "Keeping the two runtimes
/// equal"), checked over every shipped rule.</summary>
public sealed class NRulesSemanticsTests
{
    public static TheoryData<string> RuleNames()
    {
        var data = new TheoryData<string>();
        foreach (var rule in ShippedRules.Definitions())
        {
            data.Add(rule.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RuleNames))]
    public void EveryAction_IsAFluentYield_NeverACtxInsert(string name)
    {
        // A yield is linked to its activation: NRules retracts it when the match goes away (a later fact making a Not
        // false), so the final memory equals the stratified result. ctx.Insert is never retracted.
        var rule = Rule(name);

        Assert.NotEmpty(rule.RightHandSide.Actions);
        Assert.All(rule.RightHandSide.Actions, action => Assert.NotNull(YieldShape.FactoryOf(action.Expression)));
    }

    [Fact]
    public void YieldShape_IsPinnedToNRulesFluent104_AndEveryShippedRuleRunsOnTheTypedFastPath()
    {
        Assert.Equal(new Version(1, 0, 4), Version.Parse(typeof(NRules.Fluent.Dsl.Rule).Assembly
            .GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion.Split('+', '-')[0]));

        foreach (var ruleSet in ShippedRules.RuleSets())
        {
            var compiled = BatchRuleSet.Compile(ruleSet.Rules);
            var actions = compiled.Strata.SelectMany(s => s.Rules).SelectMany(r => r.Actions).ToList();
            Assert.NotEmpty(actions);
            Assert.All(actions, a => Assert.Equal(typeof(YieldAction<>), a.GetType().GetGenericTypeDefinition()));
        }
    }

    [Fact]
    public void FactTypes_AreClassesThatCompareByReference()
    {
        // NRules identifies facts by Equals: two equal facts cannot both be inserted or yielded. The batch engine keeps
        // duplicates. Reference equality makes the two agree; NRules.Fluent cannot yield a struct at all.
        var types = FactTypes().ToList();

        Assert.Contains(typeof(Lancs.Scoring.Risk.ScoredEntry), types);
        Assert.All(types, type =>
        {
            Assert.False(type.IsValueType, $"{type.Name} is a struct fact");
            var equals = type.GetMethod(nameof(Equals), new[] { typeof(object) })!;
            Assert.True(equals.DeclaringType == typeof(object), $"{type.Name} overrides Equals (declared by {equals.DeclaringType!.Name})");
        });
    }

    [Fact]
    public void ShippedRules_HaveNoRecursion()
    {
        // NRules has no fixpoint for a rule that yields what it matches: it runs forever. The batch engine iterates
        // recursive strata to a fixpoint, so only rules without recursion run the same in both.
        foreach (var ruleSet in ShippedRules.RuleSets())
        {
            Assert.All(BatchRuleSet.Compile(ruleSet.Rules).Strata, stratum => Assert.False(stratum.IsRecursive, stratum.Rules[0].Definition.Name));
        }
    }

    [Fact]
    public void DeclarationNames_NeverEqualAMemberName()
    {
        // NRules.Fluent maps a closure read to a declaration by name, including a member at the end of a chain:
        // with a local named Entry, m.Current.Entry == Entry becomes Entry == Entry (NameCaptureTests shows it).
        var members = typeof(BatchRuleSet).Assembly.GetTypes()
            .Where(t => !t.IsDefined(typeof(System.Runtime.CompilerServices.CompilerGeneratedAttribute), false)) // Define()'s own closures
            .SelectMany(t => t.GetMembers(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static))
            .Where(m => m is PropertyInfo or FieldInfo && !m.IsDefined(typeof(System.Runtime.CompilerServices.CompilerGeneratedAttribute), false))
            .Select(m => m.Name)
            .ToHashSet(StringComparer.Ordinal);
        var declarations = ShippedRules.Definitions().SelectMany(r => Patterns(r).Select(p => (Rule: r.Name, p.Declaration.Name))).ToList();

        Assert.NotEmpty(declarations);
        Assert.Contains("Entry", members); // the member of the hazard the issue records (ScoredEntry.Entry)
        Assert.Empty(declarations.Where(d => members.Contains(d.Name)).Select(d => $"{d.Rule}: {d.Name}"));
    }

    private static IRuleDefinition Rule(string name) => ShippedRules.Definitions().Single(r => r.Name == name);

    private static IEnumerable<PatternElement> Patterns(IRuleDefinition rule) => rule.LeftHandSide.ChildElements.Select(e => e switch
    {
        PatternElement p => p,
        NotElement { Source: PatternElement p } => p,
        ExistsElement { Source: PatternElement p } => p,
        _ => throw new NotSupportedException(e.ElementType.ToString()),
    });

    /// <summary>Every type a shipped rule matches or yields.</summary>
    private static IEnumerable<Type> FactTypes() => ShippedRules.Definitions()
        .SelectMany(r => Patterns(r).Select(p => p.ValueType)
            .Concat(r.RightHandSide.Actions.Select(a => YieldShape.FactoryOf(a.Expression)!.Type)))
        .Distinct();
}
