using System.Linq;
using Lancs.Scoring.Engine;
using NRules.Fluent.Dsl;
using Xunit;

namespace Lancs.Scoring.Tests.Engine;

public sealed class ExplanationTests
{
    [Fact]
    public void Explain_DerivedFact_NamesRuleAndSources()
    {
        var customer = new Customer("a", "N", 5);
        var session = Batch.Compile(new Rule[] { new HighRatingRule() }).CreateSession();
        session.Insert(customer);
        session.Fire();

        var derivation = session.Explain(session.Query<Flag>().Single())!;

        Assert.Equal("High rating", derivation.Rule.Name);
        Assert.Same(customer, Assert.Single(derivation.Sources));
    }

    [Fact]
    public void Explain_ToString_IsASentenceWithThePolicyCitation()
    {
        var session = Batch.Compile(new Rule[] { new HighRatingRule() }).CreateSession();
        session.Insert(new Customer("a", "N", 5));
        session.Fire();

        var sentence = session.Explain(session.Query<Flag>().Single())!.ToString();

        Assert.Equal(
            "Flag { CustomerId = a }, derived by rule 'High rating' (policy: Test policy 1.2: ratings of 4 and over) " +
            "from Customer { Id = a, Region = N, Rating = 5 }.",
            sentence);
    }

    [Fact]
    public void Explain_InsertedFact_ReturnsNull()
    {
        var customer = new Customer("a", "N", 5);
        var session = Batch.Compile(new Rule[] { new HighRatingRule() }).CreateSession();
        session.Insert(customer);
        session.Fire();

        Assert.Null(session.Explain(customer));
    }

    [Fact]
    public void Explain_ValueTypeSource_IsGivenByValue()
    {
        var session = Batch.Compile(new Rule[] { new AlarmRule() }).CreateSession();
        session.Insert(new Reading(7, 80));
        session.Fire();

        var derivation = session.Explain(session.Query<Alarm>().Single())!;

        Assert.Equal(new Reading(7, 80), derivation.Sources.Single());
    }

    [Fact]
    public void Trace_ChainedDerivation_ListsEveryRuleBackToInsertedFacts()
    {
        var session = Batch.Compile(new Rule[] { new HighRatingRule(), new FlaggedBigSpenderRule() }).CreateSession();
        session.Insert(new Customer("a", "N", 5));
        session.Fire();

        var chain = session.Trace(session.Query<BigSpender>().Single());

        Assert.Equal(new[] { typeof(FlaggedBigSpenderRule).FullName, "High rating" }, chain.Select(d => d.Rule.Name));
    }
}
