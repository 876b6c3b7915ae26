using Xunit;

namespace Lancs.Scoring.Tests.Engine;

public sealed class SkeletonTests
{
    [Fact]
    public void Library_Assembly_IsNamedLancsScoring()
    {
        Assert.Equal("Lancs.Scoring", typeof(Lancs.Scoring.Engine.Placeholder).Assembly.GetName().Name);
    }
}
