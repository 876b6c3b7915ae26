using System;

namespace Lancs.Scoring.Engine.Runtime;

/// <summary>The facts of one type in a session, in the order they arrived, with where each came from.</summary>
internal abstract class FactList
{
    /// <summary>The origin of a fact that was inserted rather than derived.</summary>
    public const int Inserted = -1;

    /// <summary>Gets the type of the facts held.</summary>
    public abstract Type FactType { get; }

    /// <summary>Gets the number of facts held.</summary>
    public abstract int Count { get; }

    /// <summary>Adds a fact of a derived type, or any fact when the static type is not known.</summary>
    public abstract void AddObject(object fact, int origin);

    /// <summary>Returns the fact at <paramref name="index"/>, boxed if it is a value; used by explanations only.</summary>
    public abstract object? GetObject(int index);

    /// <summary>Returns the derivation that produced the fact at <paramref name="index"/>, or <see cref="Inserted"/>.</summary>
    public abstract int OriginOf(int index);

    /// <summary>Drops the hash indexes rules shared while firing: results and explanations keep a session alive, not its indexes.</summary>
    public abstract void ReleaseSharedIndexes();

    /// <summary>Creates the list for facts of <paramref name="type"/>: the one generic dispatch on a fact type a session makes.</summary>
    public static FactList Of(Type type) => (FactList)Activator.CreateInstance(typeof(FactList<>).MakeGenericType(type))!;

    /// <summary>Copies every fact of this list that is assignable to <paramref name="target"/>'s type into it.</summary>
    public abstract void CopyTo(FactList target);
}
