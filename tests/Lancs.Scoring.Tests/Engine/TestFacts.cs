namespace Lancs.Scoring.Tests.Engine;

public sealed record Customer(string Id, string Region, int Rating);

public sealed record Order(int Number, string? CustomerId, decimal Amount);

public sealed record Flag(string CustomerId);

public sealed record Valued(Customer Customer, Order Order);

public sealed record BigSpender(string CustomerId);

public sealed record Edge(int From, int To);

public sealed record Path(int From, int To);

public readonly record struct Reading(int Sensor, int Value);

public readonly record struct Alarm(int Sensor);

public interface IAnimal
{
    string Name { get; }
}

public sealed record Dog(string Name) : IAnimal;

public sealed record Cat(string Name) : IAnimal;

public sealed record Named(string Name);
