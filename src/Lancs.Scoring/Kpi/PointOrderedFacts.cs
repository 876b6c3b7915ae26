using System;
using System.Collections.Generic;

namespace Lancs.Scoring.Kpi;

/// <summary>The facts of one kind that the KPI rules derived about series points, read alongside the points: each point
/// has at most one, and they come in runs, each in the points' order.</summary>
/// <remarks>
/// <para>A rule derives its facts in the order of the facts they came from, and the facts of one kind come rule after rule,
/// in both runtimes (docs/engine.md). So the band assignments, one rule for banded indicators and one for RAG ones, are two
/// runs in point order, and the movements, joined from them, two more. Reading each kind run by run beside the points
/// places every fact with no table or array per kind: a score of a million observations makes six fewer arrays of a
/// million slots.</para>
/// <para>Invariants: runs <c>0 .. r-1</c> split the facts into the longest stretches whose points' indexes rise; run
/// <c>k</c> covers the positions <c>_next[k] .. _end[k] - 1</c> not yet read, and every fact before <c>_next[k]</c> in it
/// was returned. A point is found in O(runs); the KPI rules make one or two runs per kind.</para>
/// </remarks>
/// <typeparam name="T">The kind of fact.</typeparam>
internal sealed class PointOrderedFacts<T>
    where T : class
{
    private readonly IReadOnlyList<T> _facts;
    private readonly Func<T, SeriesPoint> _pointOf;
    private readonly int[] _next;
    private readonly int[] _end;

    /// <summary>Splits <paramref name="facts"/> into runs of rising point index.</summary>
    /// <param name="facts">The facts, as the session lists them.</param>
    /// <param name="pointOf">The point a fact is about.</param>
    public PointOrderedFacts(IReadOnlyList<T> facts, Func<T, SeriesPoint> pointOf)
    {
        _facts = facts;
        _pointOf = pointOf;
        var starts = new List<int>();
        var last = int.MaxValue;
        for (var i = 0; i < facts.Count; i++)
        {
            var index = pointOf(facts[i]).Index;
            if (index <= last)
            {
                starts.Add(i);
            }

            last = index;
        }

        _next = starts.ToArray();
        _end = new int[_next.Length];
        for (var k = 0; k < _end.Length; k++)
        {
            _end[k] = k + 1 < _next.Length ? _next[k + 1] : facts.Count;
        }
    }

    /// <summary>Returns the fact about <paramref name="point"/>, or <see langword="null"/> when there is none. Ask about the
    /// points in their order, each once.</summary>
    public T? About(SeriesPoint point)
    {
        for (var k = 0; k < _next.Length; k++)
        {
            if (_next[k] < _end[k] && ReferenceEquals(_pointOf(_facts[_next[k]]), point))
            {
                return _facts[_next[k]++];
            }
        }

        return null;
    }

    /// <summary>Throws when a fact was not returned: it was about no point asked about, or came out of the points' order.</summary>
    /// <exception cref="InvalidOperationException">A fact was left over.</exception>
    public void CheckAllPlaced()
    {
        for (var k = 0; k < _next.Length; k++)
        {
            if (_next[k] < _end[k])
            {
                throw new InvalidOperationException(
                    $"{typeof(T).Name} about {_pointOf(_facts[_next[k]]).Observation.Entry} was not placed: the rules derived it out of the points' order.");
            }
        }
    }
}
