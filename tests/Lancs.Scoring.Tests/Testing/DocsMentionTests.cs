using System.IO;
using System.Linq;
using Lancs.Scoring.Hosting;
using Lancs.Scoring.Testing;
using Lancs.Scoring.Tests.Packaging;
using Xunit;

namespace Lancs.Scoring.Tests.Testing;

/// <summary>Every public type of the Testing and Hosting packages is named in its page of docs, as the library's are.</summary>
public sealed class DocsMentionTests
{
    [Theory]
    [InlineData(typeof(RegisterLaws), "rule-change-workflow.md")]
    [InlineData(typeof(ScoringService), "hosting.md")]
    public void EveryPublicType_IsNamedInItsDoc(System.Type anyType, string doc)
    {
        var text = File.ReadAllText(Path.Combine(PackageFixture.RepositoryRoot(), "docs", doc));

        var missing = anyType.Assembly.GetExportedTypes().Select(t => t.Name).Where(name => !text.Contains("`" + name) && !text.Contains(name + "`") && !text.Contains(name + "(")).ToList();

        Assert.True(missing.Count == 0, $"docs/{doc} names none of: {string.Join(", ", missing)}");
    }
}
