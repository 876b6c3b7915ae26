using System;
using System.Collections.Generic;
using System.Threading;
using NRules.RuleModel;

namespace Lancs.Scoring.Engine.Runtime;

/// <summary>The <see cref="IContext"/> a batch activation's action runs with: inserts become derived facts of the activation.</summary>
/// <remarks>A batch activation fires once and is never updated or retracted, so it has no linked facts yet
/// (<see cref="GetLinked"/> is null: a Fluent <c>Yield</c> takes its insert branch). Updating, retracting and halting are
/// refused when the rule is compiled; the members that would do them throw here too, should a rule reach them another way.</remarks>
internal sealed class BatchContext : IContext
{
    private readonly Activation _activation;
    private readonly int _derivation;

    public BatchContext(Activation activation, int derivation)
    {
        _activation = activation;
        _derivation = derivation;
    }

    public IRuleDefinition Rule => _activation.Rule;

    public IMatch Match => throw Unsupported(nameof(Match));

    public CancellationToken CancellationToken => CancellationToken.None;

    public void Insert(object fact) => _activation.Derive(fact ?? throw WorkingMemory.NullYield(), _derivation);

    public void InsertAll(IEnumerable<object> facts)
    {
        foreach (var fact in facts)
        {
            Insert(fact);
        }
    }

    public bool TryInsert(object fact)
    {
        Insert(fact);
        return true;
    }

    public void InsertLinked(object key, object fact) => Insert(fact);

    public void InsertAllLinked(IEnumerable<KeyValuePair<object, object>> keyedFacts)
    {
        foreach (var keyed in keyedFacts)
        {
            Insert(keyed.Value);
        }
    }

    public object? GetLinked(object key) => null;

    public IReadOnlyCollection<object> GetLinkedKeys() => Array.Empty<object>();

    public void Halt() => throw Unsupported(nameof(Halt));

    public void Update(object fact) => throw Unsupported(nameof(Update));

    public void UpdateAll(IEnumerable<object> facts) => throw Unsupported(nameof(UpdateAll));

    public bool TryUpdate(object fact) => throw Unsupported(nameof(TryUpdate));

    public void Retract(object fact) => throw Unsupported(nameof(Retract));

    public void RetractAll(IEnumerable<object> facts) => throw Unsupported(nameof(RetractAll));

    public bool TryRetract(object fact) => throw Unsupported(nameof(TryRetract));

    public void UpdateLinked(object key, object fact) => throw Unsupported(nameof(UpdateLinked));

    public void UpdateAllLinked(IEnumerable<KeyValuePair<object, object>> keyedFacts) => throw Unsupported(nameof(UpdateAllLinked));

    public void RetractLinked(object key, object fact) => throw Unsupported(nameof(RetractLinked));

    public void RetractAllLinked(IEnumerable<KeyValuePair<object, object>> keyedFacts) => throw Unsupported(nameof(RetractAllLinked));

    public object Resolve(Type serviceType) => throw Unsupported(nameof(Resolve));

    private static NotSupportedException Unsupported(string member) =>
        new($"IContext.{member} is not supported by the batch engine: an activation derives facts and never updates, retracts, halts or resolves services.");
}
