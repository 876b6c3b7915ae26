using System.Reflection;
using Lancs.Scoring.Engine;
using NRules.Fluent.Dsl;

namespace Lancs.Scoring.Tests.Engine.Reference;

/// <summary>A rule built from a <see cref="RuleSpec"/>, written in NRules.Fluent like any hand-written rule.</summary>
public sealed class GeneratedRule : Rule
{
    private readonly RuleSpec _spec;

    public GeneratedRule(RuleSpec spec) => _spec = spec;

    public override void Define()
    {
        Name("R" + _spec.Index);
        Priority(_spec.Priority);
        var define = typeof(GeneratedRule).GetMethod(nameof(DefineTyped), BindingFlags.NonPublic | BindingFlags.Instance)!
            .MakeGenericMethod(KeyValue.TypeOf(_spec.First), KeyValue.TypeOf(_spec.Second ?? _spec.First),
                KeyValue.TypeOf(_spec.Quantified ?? 'A'), KeyValue.TypeOf(_spec.Output));
        try
        {
            define.Invoke(this, null);
        }
        catch (TargetInvocationException ex) when (ex.InnerException is not null)
        {
            throw ex.InnerException;
        }
    }

    public override string ToString() => _spec.ToString();

    private void DefineTyped<T1, T2, TQ, TOut>()
        where T1 : KeyValue
        where T2 : KeyValue
        where TQ : KeyValue
        where TOut : KeyValue
    {
        T1 x = null!;
        T2 y = null!;
        var min = _spec.FirstMin ?? int.MinValue;
        var offset = _spec.Offset;
        var quantifierMin = _spec.QuantifierMin;

        var lhs = When().Match(() => x, f => f.Value >= min);
        if (_spec.Second is not null)
        {
            lhs = _spec.Join switch
            {
                JoinKind.Key => lhs.Match(() => y, s => s.Key == x.Key),
                JoinKind.Residual => lhs.Match(() => y, s => s.Value < x.Value + offset),
                JoinKind.KeyAndResidual => lhs.Match(() => y, s => s.Key == x.Key && s.Value < x.Value + offset),
                _ => lhs.Match(() => y),
            };
        }

        if (_spec.Quantified is not null)
        {
            System.Linq.Expressions.Expression<System.Func<TQ, bool>> condition = _spec.QuantifierByKey
                ? q => q.Key == x.Key && q.Value >= quantifierMin
                : q => q.Value > x.Value + quantifierMin;
            lhs = _spec.Negated ? lhs.Not(condition) : lhs.Exists(condition);
        }

        if (_spec.Second is null)
        {
            Then().Yield(_ => KeyValue.Create<TOut>(x.Key, x.Value + offset));
        }
        else
        {
            Then().Yield(_ => KeyValue.Create<TOut>(x.Key, x.Value + y.Value));
        }
    }
}
