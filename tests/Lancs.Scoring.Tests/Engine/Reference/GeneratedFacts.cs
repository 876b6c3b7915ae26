using System;

namespace Lancs.Scoring.Tests.Engine.Reference;

/// <summary>The fact types random rule sets are made of: A and B are inserted, C and D are derived.</summary>
public abstract record KeyValue(int Key, int Value)
{
    public static T Create<T>(int key, int value)
        where T : KeyValue =>
        (T)(KeyValue)(typeof(T) == typeof(A) ? new A(key, value)
            : typeof(T) == typeof(B) ? new B(key, value)
            : typeof(T) == typeof(C) ? new C(key, value)
            : typeof(T) == typeof(D) ? new D(key, value)
            : throw new ArgumentOutOfRangeException(nameof(T)));

    public static Type TypeOf(char name) => name switch
    {
        'A' => typeof(A),
        'B' => typeof(B),
        'C' => typeof(C),
        'D' => typeof(D),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };
}

public sealed record A(int Key, int Value) : KeyValue(Key, Value);

public sealed record B(int Key, int Value) : KeyValue(Key, Value);

public sealed record C(int Key, int Value) : KeyValue(Key, Value);

public sealed record D(int Key, int Value) : KeyValue(Key, Value);
