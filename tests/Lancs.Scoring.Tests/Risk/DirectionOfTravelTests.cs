using System.Linq;
using Lancs.Scoring.Risk;
using Xunit;

namespace Lancs.Scoring.Tests.Risk;

public sealed class DirectionOfTravelTests
{
    [Fact]
    public void List_HasExactlyFourUniqueValuesInOrder()
    {
        Assert.Equal(
            new[] { ("Downwards", 1), ("Level", 2), ("Upwards", 3), ("New", 4) },
            DirectionOfTravel.List.OrderBy(d => d.Value).Select(d => (d.Name, d.Value)));
    }
}
