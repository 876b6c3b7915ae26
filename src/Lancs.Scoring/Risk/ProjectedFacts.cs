using System;
using System.Collections;
using System.Collections.Generic;

namespace Lancs.Scoring.Risk;

/// <summary>Facts made from a list of sources as a session reads them: a session sizes its fact list from
/// <see cref="Count"/> and keeps each fact, so a run inserts a million wrapped entries without first building a list of
/// them to throw away.</summary>
/// <typeparam name="TSource">What the facts are made from.</typeparam>
/// <typeparam name="TFact">The facts.</typeparam>
/// <remarks>Each enumeration makes new facts: a session enumerates it once.</remarks>
internal sealed class ProjectedFacts<TSource, TFact> : IReadOnlyCollection<TFact>
{
    private readonly IReadOnlyList<TSource> _sources;
    private readonly Func<TSource, TFact> _make;

    /// <summary>Creates the facts of <paramref name="sources"/>, one each, made by <paramref name="make"/>.</summary>
    public ProjectedFacts(IReadOnlyList<TSource> sources, Func<TSource, TFact> make)
    {
        _sources = sources;
        _make = make;
    }

    /// <inheritdoc />
    public int Count => _sources.Count;

    /// <inheritdoc />
    public IEnumerator<TFact> GetEnumerator()
    {
        for (var i = 0; i < _sources.Count; i++)
        {
            yield return _make(_sources[i]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
