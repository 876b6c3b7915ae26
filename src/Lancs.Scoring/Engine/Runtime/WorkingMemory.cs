using System;
using System.Collections.Generic;

namespace Lancs.Scoring.Engine.Runtime;

/// <summary>The facts of one session: one list per fact type, in arrival order, with where each fact came from.</summary>
/// <remarks>Every fact goes to the list of its own type and to every list of a pattern type it is assignable to, so a
/// pattern over a base type or interface sees it. Facts are kept as inserted (two equal facts are two facts); value-type
/// facts are stored unboxed.</remarks>
internal sealed class WorkingMemory
{
    private readonly Dictionary<Type, FactList> _byType = new();
    private readonly Dictionary<Type, FactList> _exact = new();
    private readonly Dictionary<Type, FactList[]> _routes = new();
    private Dictionary<Type, object>? _seen;
    private Type? _lastType;
    private FactList[]? _lastRoute;

    public WorkingMemory(IReadOnlyList<Type> patternTypes)
    {
        Lists = new FactList[patternTypes.Count];
        for (var i = 0; i < Lists.Length; i++)
        {
            Lists[i] = FactList.Of(patternTypes[i]);
            _byType.Add(Lists[i].FactType, Lists[i]);
        }
    }

    /// <summary>Gets the lists compiled rules read, by the list id the rule set gave each pattern type.</summary>
    public FactList[] Lists { get; }

    /// <summary>Gets the lists of the facts' own types (each fact is in exactly one of them).</summary>
    public IEnumerable<FactList> ExactLists => _exact.Values;

    public void Add<TFact>(TFact fact, int origin)
    {
        var type = typeof(TFact).IsValueType || typeof(TFact).IsSealed ? typeof(TFact) : fact!.GetType();
        FactList[] route;
        if (ReferenceEquals(type, _lastType))
        {
            route = _lastRoute!;
        }
        else
        {
            route = RouteFor(type);
            _lastType = type;
            _lastRoute = route;
        }

        for (var i = 0; i < route.Length; i++)
        {
            if (route[i] is FactList<TFact> typed)
            {
                typed.Add(fact, origin);
            }
            else
            {
                route[i].AddObject(fact!, origin);
            }
        }
    }

    /// <summary>Makes room for <paramref name="count"/> more inserted facts of <typeparamref name="TFact"/>.</summary>
    public void ReserveInserted<TFact>(int count)
    {
        if ((typeof(TFact).IsValueType || typeof(TFact).IsSealed) && _byType.TryGetValue(typeof(TFact), out var list))
        {
            ((FactList<TFact>)list).EnsureCapacity(list.Count + count);
        }
    }

    /// <summary>Adds a fact a rule derived; inside a recursive stratum, only when no equal fact of its type is known yet.</summary>
    public void AddDerived<TFact>(TFact fact, int derivation, bool deduplicate)
    {
        if (fact is null)
        {
            throw NullYield();
        }

        if (deduplicate && !SeenSet<TFact>().Add(fact))
        {
            return;
        }

        Add(fact, derivation);
    }

    public static InvalidOperationException NullYield() => new("The yield produced null; a rule must yield a fact.");

    /// <summary>Returns every fact of <typeparamref name="TFact"/> or a type derived from it, in arrival order, as a live view.</summary>
    public IReadOnlyList<TFact> Query<TFact>()
    {
        if (!_byType.TryGetValue(typeof(TFact), out var list))
        {
            list = new FactList<TFact>();
            foreach (var exact in _exact.Values)
            {
                if (typeof(TFact).IsAssignableFrom(exact.FactType))
                {
                    exact.CopyTo(list);
                }
            }

            _byType.Add(typeof(TFact), list);
            _routes.Clear();
            _lastType = null;
        }

        return (FactList<TFact>)list;
    }

    /// <summary>Returns the one list facts of <typeparamref name="TFact"/> go to, or <see langword="null"/> when they go to several
    /// (a pattern over a base type or interface also sees them) or their runtime type may vary (an unsealed class).</summary>
    public FactList<TFact>? OnlyListFor<TFact>() =>
        (typeof(TFact).IsValueType || typeof(TFact).IsSealed) && RouteFor(typeof(TFact)) is { Length: 1 } route ? route[0] as FactList<TFact> : null;

    /// <summary>Makes room for <paramref name="count"/> more derived facts of a sealed or value type, so a bulk run grows each list once.</summary>
    public void Reserve<TFact>(int count)
    {
        if (count > 0 && (typeof(TFact).IsValueType || typeof(TFact).IsSealed) && RouteFor(typeof(TFact))[0] is FactList<TFact> exact)
        {
            exact.EnsureCapacity(exact.Count + count);
        }
    }

    /// <summary>Drops the hash indexes rules shared while firing.</summary>
    public void ReleaseSharedIndexes()
    {
        foreach (var list in Lists)
        {
            list.ReleaseSharedIndexes();
        }
    }

    private HashSet<TFact> SeenSet<TFact>()
    {
        _seen ??= new Dictionary<Type, object>();
        if (!_seen.TryGetValue(typeof(TFact), out var set))
        {
            set = new HashSet<TFact>(Query<TFact>());
            _seen.Add(typeof(TFact), set);
        }

        return (HashSet<TFact>)set;
    }

    private FactList[] RouteFor(Type type)
    {
        if (_routes.TryGetValue(type, out var route))
        {
            return route;
        }

        if (!_exact.TryGetValue(type, out var exact))
        {
            if (!(type.IsSealed || type.IsValueType) || !_byType.TryGetValue(type, out exact))
            {
                exact = FactList.Of(type);
                if (type.IsSealed || type.IsValueType)
                {
                    _byType.Add(type, exact);
                }
            }

            _exact.Add(type, exact);
        }

        var targets = new List<FactList> { exact };
        foreach (var list in _byType.Values)
        {
            if (!ReferenceEquals(list, exact) && list.FactType.IsAssignableFrom(type))
            {
                targets.Add(list);
            }
        }

        route = targets.ToArray();
        _routes.Add(type, route);
        return route;
    }
}
