using System.Linq;
using Lancs.Scoring.Engine;
using NRules.Fluent.Dsl;
using Xunit;

namespace Lancs.Scoring.Tests.Engine;

public sealed class RecursionTests
{
    [Fact]
    public void Fire_TransitiveClosure_ReachesTheFixpoint()
    {
        var session = Batch.Compile(new Rule[] { new EdgeIsPathRule(), new ExtendPathRule() }).CreateSession();
        session.InsertAll(new[] { new Edge(1, 2), new Edge(2, 3), new Edge(3, 4), new Edge(4, 2) });

        session.Fire();

        var paths = session.Query<Path>().Select(p => (p.From, p.To)).OrderBy(p => p).ToList();
        var expected = new[] { (1, 2), (1, 3), (1, 4), (2, 2), (2, 3), (2, 4), (3, 2), (3, 3), (3, 4), (4, 2), (4, 3), (4, 4) };
        Assert.Equal(expected, paths);
    }

    [Fact]
    public void Fire_RecursionThatNeverSettles_ThrowsNamingTheRules()
    {
        var session = Batch.Compile(new Rule[] { new CountForeverRule() }).CreateSession();
        session.Insert(new Alarm(0));

        var ex = Assert.Throws<RuleExecutionException>(() => session.Fire());

        Assert.Contains("were still deriving new facts", ex.Message);
        Assert.Contains(nameof(CountForeverRule), ex.Message);
    }

    private sealed class EdgeIsPathRule : Rule
    {
        public override void Define()
        {
            Edge edge = null!;
            When().Match(() => edge);
            Then().Yield(_ => new Path(edge.From, edge.To));
        }
    }

    private sealed class ExtendPathRule : Rule
    {
        public override void Define()
        {
            Path path = null!;
            Edge edge = null!;
            When().Match(() => path).Match(() => edge, e => e.From == path.To);
            Then().Yield(_ => new Path(path.From, edge.To));
        }
    }

    private sealed class CountForeverRule : Rule
    {
        public override void Define()
        {
            Alarm alarm = null!;
            When().Match(() => alarm);
            Then().Yield(_ => new Alarm(alarm.Sensor + 1));
        }
    }
}
