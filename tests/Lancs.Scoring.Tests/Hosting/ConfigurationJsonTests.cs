using System.Collections.Generic;
using Lancs.Scoring.Hosting;
using Microsoft.Extensions.Configuration;
using Xunit;

namespace Lancs.Scoring.Tests.Hosting;

public sealed class ConfigurationJsonTests
{
    [Fact]
    public void Write_TypesValuesAsThePolicyFileHasThem()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["p:InclusionThreshold"] = "12",
            ["p:descriptionSimilarity"] = "0.5",
            ["p:riskHigherIsBetter"] = "False",
            ["p:name"] = "12",
            ["p:zones:1:cells:0"] = "4x4",
            ["p:zones:0:name"] = "low",
            ["p:zones:0:scores:from"] = "1",
            ["p:appetite:risk:0"] = "low",
            ["p:mystery"] = "1e3x",
        }).Build();

        var json = ConfigurationJson.Write(configuration.GetSection("p"));

        Assert.Equal(
            "{\"appetite\":{\"risk\":[\"low\"]},\"descriptionSimilarity\":0.5,\"inclusionThreshold\":12,\"mystery\":\"1e3x\",\"name\":\"12\"," +
            "\"riskHigherIsBetter\":false,\"zones\":[{\"name\":\"low\",\"scores\":{\"from\":1}},{\"cells\":[\"4x4\"]}]}",
            json);
    }

    [Fact]
    public void Write_MissingSection_IsAnEmptyObject()
    {
        var configuration = new ConfigurationBuilder().Build();

        Assert.Equal("{}", ConfigurationJson.Write(configuration.GetSection("Lancs:Scoring:Policy")));
    }
}
