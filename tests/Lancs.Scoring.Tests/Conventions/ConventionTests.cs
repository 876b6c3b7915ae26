using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Lancs.Scoring.Engine;
using NRules.Fluent.Dsl;
using Xunit;

namespace Lancs.Scoring.Tests.Conventions;

/// <summary>House rules checked by reflection over the library (style.md G7).</summary>
public sealed class ConventionTests
{
    private static readonly Assembly Library = typeof(BatchRuleSet).Assembly;

    // Each area added here must have types, so that its row cannot pass vacuously.
    private static readonly string[] Areas = { "Lancs.Scoring.Risk", "Lancs.Scoring.Kpi", "Lancs.Scoring.Complaints" };

    public static TheoryData<string> AreaNames()
    {
        var data = new TheoryData<string>();
        foreach (var area in Areas)
        {
            data.Add(area);
        }

        return data;
    }

    [Fact]
    public void Engine_MentionsNoCouncilType()
    {
        var offenders = TypesIn("Lancs.Scoring.Engine")
            .SelectMany(t => ReferencedTypes(t).Select(r => (t, r)))
            .Where(p => p.r.Namespace is { } ns && ns.StartsWith("Lancs.Scoring", StringComparison.Ordinal)
                && !ns.StartsWith("Lancs.Scoring.Engine", StringComparison.Ordinal) && p.r != typeof(Guard))
            .Select(p => $"{p.t.FullName} uses {p.r.FullName}")
            .Distinct()
            .ToList();

        Assert.Empty(offenders);
    }

    [Theory]
    [MemberData(nameof(AreaNames))]
    public void Area_UsesNoOtherArea(string area)
    {
        Assert.NotEmpty(TypesIn(area));
        var others = Areas.Where(a => a != area).ToList();
        var offenders = TypesIn(area)
            .SelectMany(t => ReferencedTypes(t).Select(r => (t, r)))
            .Where(p => p.r.Namespace is { } ns && others.Any(o => ns.StartsWith(o, StringComparison.Ordinal)))
            .Select(p => $"{p.t.FullName} uses {p.r.FullName}")
            .Distinct()
            .ToList();

        Assert.Empty(offenders);
    }

    [Fact]
    public void PublicClasses_AreSealedAbstractOrStatic()
    {
        var offenders = Library.GetExportedTypes()
            .Where(t => t.IsClass && !t.IsSealed && !t.IsAbstract && !typeof(Delegate).IsAssignableFrom(t))
            .Select(t => t.FullName)
            .ToList();

        Assert.Empty(offenders);
    }

    [Fact]
    public void EveryRule_HasANameDescriptionAndPolicyCitation()
    {
        var rules = Library.GetTypes().Where(t => !t.IsAbstract && typeof(Rule).IsAssignableFrom(t)).ToList();

        Assert.NotEmpty(rules);
        Assert.All(rules, rule =>
        {
            Assert.True(rule.IsPublic && rule.IsSealed, $"{rule.Name} should be public and sealed");
            Assert.True(rule.GetCustomAttribute<NameAttribute>() is not null, $"{rule.Name} has no [Name]");
            Assert.True(rule.GetCustomAttribute<PolicyAttribute>() is not null, $"{rule.Name} has no [Policy] citation");
            var describes = rule.GetCustomAttribute<DescriptionAttribute>() is not null || typeof(IDescribedRule).IsAssignableFrom(rule);
            Assert.True(describes, $"{rule.Name} has no [Description] and is not an IDescribedRule");
        });
    }

    [Fact]
    public void EveryRule_DerivesFromNRulesFluentRuleDirectly()
    {
        var rules = Library.GetTypes().Where(t => !t.IsAbstract && typeof(Rule).IsAssignableFrom(t)).ToList();

        Assert.NotEmpty(rules);
        Assert.All(rules, rule => Assert.Equal(typeof(Rule), rule.BaseType));
    }

    [Fact]
    public void RuleNames_AreUniqueAcrossTheLibrary()
    {
        var names = ShippedRules.Definitions().Select(d => d.Name).GroupBy(n => n).Where(g => g.Count() > 1).Select(g => g.Key);

        Assert.Empty(names);
    }

    [Fact]
    public void EveryRuleClass_IsShippedByItsArea()
    {
        var classes = Library.GetTypes().Where(t => !t.IsAbstract && typeof(Rule).IsAssignableFrom(t)).ToHashSet();
        var shipped = ShippedRules.Definitions().Select(d => d.ClrType()).ToHashSet();

        Assert.Empty(classes.Where(t => !shipped.Contains(t)).Select(t => t.FullName));
    }

    private static IEnumerable<Type> TypesIn(string ns) =>
        Library.GetTypes().Where(t => t.Namespace is { } n && (n == ns || n.StartsWith(ns + ".", StringComparison.Ordinal)));

    /// <summary>The types a type's signatures mention: base type, interfaces, fields, properties, method and constructor signatures.</summary>
    private static IEnumerable<Type> ReferencedTypes(Type type)
    {
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        var mentioned = new List<Type>();
        if (type.BaseType is { } baseType)
        {
            mentioned.Add(baseType);
        }

        mentioned.AddRange(type.GetInterfaces());
        mentioned.AddRange(type.GetFields(all).Select(f => f.FieldType));
        mentioned.AddRange(type.GetProperties(all).Select(p => p.PropertyType));
        foreach (var method in type.GetMethods(all).Cast<MethodBase>().Concat(type.GetConstructors(all)))
        {
            if (method is MethodInfo info)
            {
                mentioned.Add(info.ReturnType);
            }

            mentioned.AddRange(method.GetParameters().Select(p => p.ParameterType));
        }

        return mentioned.SelectMany(Unwrap);
    }

    private static IEnumerable<Type> Unwrap(Type type)
    {
        if (type.HasElementType)
        {
            foreach (var inner in Unwrap(type.GetElementType()!))
            {
                yield return inner;
            }

            yield break;
        }

        yield return type;
        if (type.IsGenericType)
        {
            foreach (var argument in type.GetGenericArguments().SelectMany(Unwrap))
            {
                yield return argument;
            }
        }
    }
}
