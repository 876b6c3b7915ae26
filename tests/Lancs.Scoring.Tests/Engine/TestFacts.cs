namespace Lancs.Scoring.Tests.Engine;

public sealed record Customer(string Id, string Region, int Rating);

public sealed record Order(int Number, string? CustomerId, decimal Amount);

public sealed record Flag(string CustomerId);

public sealed record Valued(Customer Customer, Order Order);

public sealed record BigSpender(string CustomerId);

public sealed record Edge(int From, int To);

public sealed record Path(int From, int To);

public readonly record struct Reading(int Sensor, int Value);

/// <summary>A class: NRules.Fluent cannot yield a struct (its Yield compares the linked fact with null), so derived facts are classes.</summary>
public sealed record Alarm(int Sensor);

public interface IAnimal
{
    string Name { get; }
}

public sealed record Dog(string Name) : IAnimal;

public sealed record Cat(string Name) : IAnimal;

public sealed record Named(string Name);

/// <summary>A class that compares by value in Equals but defines no operator ==, so C# == compares references.</summary>
public sealed class Token : System.IEquatable<Token>
{
    public Token(string text) => Text = text;

    public string Text { get; }

    public bool Equals(Token? other) => other is not null && other.Text == Text;

    public override bool Equals(object? obj) => Equals(obj as Token);

    public override int GetHashCode() => Text.GetHashCode(System.StringComparison.Ordinal);
}

public sealed record Holder(string Name, Token Token);
