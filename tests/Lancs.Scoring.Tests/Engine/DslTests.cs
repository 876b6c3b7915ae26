using System.Collections.Generic;
using System.Linq;
using Lancs.Scoring.Engine;
using NRules.Fluent.Dsl;
using Xunit;

namespace Lancs.Scoring.Tests.Engine;

public sealed class DslTests
{
    [Fact]
    public void Match_SingleFactCondition_KeepsOnlyMatchingFacts()
    {
        var session = Batch.Compile(new Rule[] { new HighRatingRule() }).CreateSession();
        session.InsertAll(new[] { new Customer("a", "N", 5), new Customer("b", "N", 2), new Customer("c", "S", 4) });

        session.Fire();

        Assert.Equal(new[] { "a", "c" }, session.Query<Flag>().Select(f => f.CustomerId));
    }

    [Fact]
    public void Match_JoinOnEarlierBinding_PairsEachOrderWithItsCustomer()
    {
        var session = Batch.Compile(new Rule[] { new OrderValueRule() }).CreateSession();
        session.InsertAll(new[] { new Customer("a", "N", 5), new Customer("b", "S", 1) });
        session.InsertAll(new[] { new Order(1, "b", 10m), new Order(2, "a", 20m), new Order(3, "z", 30m), new Order(4, "a", 40m) });

        session.Fire();

        var pairs = session.Query<Valued>().Select(v => (v.Customer.Id, v.Order.Number)).ToList();
        Assert.Equal(new[] { ("a", 2), ("a", 4), ("b", 1) }, pairs);
    }

    [Fact]
    public void Not_FactWithSameKeyExists_SuppressesTheRow()
    {
        var session = Batch.Compile(new Rule[] { new CustomerWithoutOrdersRule() }).CreateSession();
        session.InsertAll(new[] { new Customer("a", "N", 5), new Customer("b", "S", 1) });
        session.Insert(new Order(1, "a", 10m));

        session.Fire();

        Assert.Equal(new[] { "b" }, session.Query<Flag>().Select(f => f.CustomerId));
    }

    [Fact]
    public void Exists_SeveralMatchingFacts_FiresOncePerRow()
    {
        var session = Batch.Compile(new Rule[] { new CustomerWithLargeOrderRule() }).CreateSession();
        session.InsertAll(new[] { new Customer("a", "N", 5), new Customer("b", "S", 1) });
        session.InsertAll(new[] { new Order(1, "a", 500m), new Order(2, "a", 900m), new Order(3, "b", 5m) });

        var fired = session.Fire();

        Assert.Equal(1, fired);
        Assert.Equal(new[] { "a" }, session.Query<BigSpender>().Select(f => f.CustomerId));
    }

    [Fact]
    public void Yield_DerivedFact_FeedsALaterRule()
    {
        // Declared consumer first: dependency order, not declaration order, decides.
        var session = Batch.Compile(new Rule[] { new FlaggedBigSpenderRule(), new HighRatingRule() }).CreateSession();
        session.InsertAll(new[] { new Customer("a", "N", 5), new Customer("b", "S", 1) });

        session.Fire();

        Assert.Equal(new[] { "a" }, session.Query<BigSpender>().Select(f => f.CustomerId));
    }

    [Fact]
    public void Do_Action_RunsOncePerMatch()
    {
        var sink = new List<string>();
        var session = Batch.Compile(new Rule[] { new RecordingRule(sink) }).CreateSession();
        session.InsertAll(new[] { new Customer("a", "N", 5), new Customer("b", "S", 1) });

        session.Fire();

        Assert.Equal(new[] { "a", "b" }, sink);
    }

    [Fact]
    public void Match_WithoutBinding_JoinsAndCountsAsASource()
    {
        var session = Batch.Compile(new Rule[] { new AnyOrderForCustomerRule() }).CreateSession();
        session.Insert(new Customer("a", "N", 5));
        session.InsertAll(new[] { new Order(1, "a", 1m), new Order(2, "a", 2m) });

        session.Fire();

        var flags = session.Query<Flag>();
        Assert.Equal(2, flags.Count);
        Assert.Equal(2, session.Explain(flags[0])!.Sources.Count);
    }

    [Fact]
    public void Match_InterfaceType_SeesFactsOfEveryImplementingType()
    {
        var session = Batch.Compile(new Rule[] { new NameAnimalsRule() }).CreateSession();
        session.Insert(new Dog("Rex"));
        session.Insert(new Cat("Tom"));

        session.Fire();

        Assert.Equal(new[] { "Rex", "Tom" }, session.Query<Named>().Select(n => n.Name));
        Assert.Equal(2, session.Query<IAnimal>().Count);
        Assert.Single(session.Query<Dog>());
    }

    [Fact]
    public void Match_ValueTypeFacts_JoinAndYieldWithoutLoss()
    {
        var session = Batch.Compile(new Rule[] { new AlarmRule() }).CreateSession();
        session.InsertAll(new[] { new Reading(1, 10), new Reading(2, 99), new Reading(3, 150) });

        session.Fire();

        Assert.Equal(new[] { new Alarm(2), new Alarm(3) }, session.Query<Alarm>());
    }

    [Fact]
    public void Fire_IndependentRules_RunByPriorityThenDeclarationOrder()
    {
        var log = new List<string>();
        var rules = new Rule[] { new LoggingRule("low", 0, log), new LoggingRule("high", 5, log), new LoggingRule("also-low", 0, log) };
        var session = Batch.Compile(rules).CreateSession();
        session.Insert(new Customer("a", "N", 1));

        session.Fire();

        Assert.Equal(new[] { "high", "low", "also-low" }, log);
    }

    [Fact]
    public void Metadata_FromAttributes_IsOnTheDefinition()
    {
        var definition = Batch.Compile(new Rule[] { new HighRatingRule() }).Rules.Single();

        Assert.Equal("High rating", definition.Name);
        Assert.Equal("Flags customers rated 4 or more.", definition.Description);
        Assert.Equal(3, definition.Priority);
        Assert.Equal(new[] { "Customers", "Ratings" }, definition.Tags);
        Assert.Equal("Test policy 1.2: ratings of 4 and over", definition.Policy());
        Assert.Equal(typeof(HighRatingRule), definition.ClrType());
        Assert.Equal("Test policy 1.2: ratings of 4 and over", definition.Properties[RuleDefinitions.PolicyProperty]);
    }

    [Fact]
    public void Metadata_WithoutAttributes_DefaultsToTheClassName()
    {
        var definition = Batch.Compile(new Rule[] { new AlarmRule() }).Rules.Single();

        Assert.Equal(typeof(AlarmRule).FullName, definition.Name);
        Assert.Equal(string.Empty, definition.Description);
        Assert.Equal(0, definition.Priority);
        Assert.Empty(definition.Tags);
        Assert.Null(definition.Policy());
    }

    [Fact]
    public void Compile_RuleSetsOfAnNRulesRepository_CompileLikeInstances()
    {
        var repository = new NRules.Fluent.RuleRepository();
        repository.Load(spec => spec.From(typeof(HighRatingRule), typeof(FlaggedBigSpenderRule)));

        var ruleSet = BatchRuleSet.Compile(repository.GetRuleSets());

        Assert.Equal(new[] { "High rating", typeof(FlaggedBigSpenderRule).FullName }, ruleSet.Rules.Select(r => r.Name));
        Assert.Equal("Test policy 1.2: ratings of 4 and over", ruleSet.Rules[0].Policy());
    }
}
