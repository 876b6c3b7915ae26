using System;
using System.Collections.Generic;
using Lancs.Scoring.Engine.Runtime;

namespace Lancs.Scoring.Engine;

/// <summary>Routing: every fact goes to the list of its own type and to every list of a type it is assignable to.</summary>
public sealed partial class Session
{
    private void Route<TFact>(TFact fact, int origin)
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

    private FactList[] RouteFor(Type type)
    {
        if (_routes.TryGetValue(type, out var route))
        {
            return route;
        }

        if (!_exact.TryGetValue(type, out var exact))
        {
            if (type.IsSealed || type.IsValueType)
            {
                if (!_byType.TryGetValue(type, out exact))
                {
                    exact = NewList(type);
                    _byType.Add(type, exact);
                }
            }
            else
            {
                exact = NewList(type);
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

    private static FactList NewList(Type type) =>
        (FactList)Activator.CreateInstance(typeof(FactList<>).MakeGenericType(type))!;
}
