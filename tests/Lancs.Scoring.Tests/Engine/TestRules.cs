using System.Collections.Generic;
using Lancs.Scoring.Engine;
using NRules.Fluent.Dsl;

namespace Lancs.Scoring.Tests.Engine;

[Name("High rating")]
[Description("Flags customers rated 4 or more.")]
[Priority(3)]
[Tag("Customers")]
[Tag("Ratings")]
[Policy("Test policy 1.2: ratings of 4 and over")]
public sealed class HighRatingRule : Rule
{
    public override void Define()
    {
        Customer customer = null!;
        When().Match(() => customer, c => c.Rating >= 4);
        Then().Yield(_ => new Flag(customer.Id));
    }
}

public sealed class OrderValueRule : Rule
{
    public override void Define()
    {
        Customer customer = null!;
        Order order = null!;
        When()
            .Match(() => customer)
            .Match(() => order, o => o.CustomerId == customer.Id);
        Then().Yield(_ => new Valued(customer, order));
    }
}

public sealed class CustomerWithoutOrdersRule : Rule
{
    public override void Define()
    {
        Customer customer = null!;
        When()
            .Match(() => customer)
            .Not<Order>(o => o.CustomerId == customer.Id);
        Then().Yield(_ => new Flag(customer.Id));
    }
}

public sealed class CustomerWithLargeOrderRule : Rule
{
    public override void Define()
    {
        Customer customer = null!;
        When()
            .Match(() => customer)
            .Exists<Order>(o => o.CustomerId == customer.Id, o => o.Amount > 100m);
        Then().Yield(_ => new BigSpender(customer.Id));
    }
}

public sealed class FlaggedBigSpenderRule : Rule
{
    public override void Define()
    {
        Flag flag = null!;
        When().Match(() => flag);
        Then().Yield(_ => new BigSpender(flag.CustomerId));
    }
}

public sealed class RecordingRule : Rule
{
    private readonly List<string> _sink;

    public RecordingRule(List<string> sink) => _sink = sink;

    public override void Define()
    {
        Customer customer = null!;
        When().Match(() => customer);
        Then().Do(_ => _sink.Add(customer.Id));
    }
}

public sealed class AnyOrderForCustomerRule : Rule
{
    public override void Define()
    {
        Customer customer = null!;
        When()
            .Match(() => customer)
            .Match<Order>(o => o.CustomerId == customer.Id);
        Then().Yield(_ => new Flag(customer.Id));
    }
}

public sealed class NameAnimalsRule : Rule
{
    public override void Define()
    {
        IAnimal animal = null!;
        When().Match(() => animal);
        Then().Yield(_ => new Named(animal.Name));
    }
}

public sealed class AlarmRule : Rule
{
    public override void Define()
    {
        Reading reading = default;
        When().Match(() => reading, r => r.Value > 50);
        Then().Yield(_ => new Alarm(reading.Sensor));
    }
}

public sealed class LoggingRule : Rule
{
    private readonly string _name;
    private readonly int _priority;
    private readonly List<string> _log;

    public LoggingRule(string name, int priority, List<string> log)
    {
        _name = name;
        _priority = priority;
        _log = log;
    }

    public override void Define()
    {
        Name(_name);
        Priority(_priority);
        Customer customer = null!;
        When().Match(() => customer);
        Then().Do(_ => _log.Add(_name));
    }
}
