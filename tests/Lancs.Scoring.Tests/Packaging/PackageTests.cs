using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using System.Xml.Linq;
using Xunit;

namespace Lancs.Scoring.Tests.Packaging;

/// <summary>What a council app gets when it references Lancs.Scoring: checked in the .nupkg itself.</summary>
public sealed class PackageTests : IClassFixture<PackageFixture>
{
    private static readonly XNamespace Nuspec = "http://schemas.microsoft.com/packaging/2013/05/nuspec.xsd";
    private readonly PackageFixture _package;

    public PackageTests(PackageFixture package) => _package = package;

    [Fact]
    public void Package_HoldsBothFrameworksWithTheirDocsAndTheReadme()
    {
        var entries = Entries(_package.Package);

        foreach (var framework in new[] { "netstandard2.0", "net8.0" })
        {
            Assert.Contains($"lib/{framework}/Lancs.Scoring.dll", entries);
            Assert.Contains($"lib/{framework}/Lancs.Scoring.xml", entries);
        }

        Assert.Contains("README.md", entries);
    }

    [Fact]
    public void Package_HoldsNoOtherAssemblyAndNoSymbols()
    {
        var assemblies = Entries(_package.Package).Where(e => e.EndsWith(".dll", StringComparison.Ordinal) || e.EndsWith(".exe", StringComparison.Ordinal) || e.EndsWith(".pdb", StringComparison.Ordinal));

        Assert.Equal(new[] { "lib/net8.0/Lancs.Scoring.dll", "lib/netstandard2.0/Lancs.Scoring.dll" }, assemblies.OrderBy(a => a, StringComparer.Ordinal));
    }

    [Fact]
    public void SymbolsPackage_HoldsThePdbOfEachFramework()
    {
        var entries = Entries(_package.Symbols);

        Assert.Contains("lib/netstandard2.0/Lancs.Scoring.pdb", entries);
        Assert.Contains("lib/net8.0/Lancs.Scoring.pdb", entries);
    }

    [Fact]
    public void Nuspec_DescribesThePackage()
    {
        var metadata = Manifest().Root!.Element(Nuspec + "metadata")!;

        Assert.Equal("Lancs.Scoring", metadata.Element(Nuspec + "id")!.Value);
        Assert.Matches(@"^\d+\.\d+\.\d+", metadata.Element(Nuspec + "version")!.Value);
        Assert.Equal("MIT", metadata.Element(Nuspec + "license")!.Value);
        Assert.Equal("README.md", metadata.Element(Nuspec + "readme")!.Value);
        Assert.Equal("https://github.com/lancashire-cc/Lancs.Scoring", metadata.Element(Nuspec + "repository")!.Attribute("url")!.Value);
        Assert.False(string.IsNullOrWhiteSpace(metadata.Element(Nuspec + "description")!.Value));
        Assert.Contains("risk-register", metadata.Element(Nuspec + "tags")!.Value);
    }

    [Fact]
    public void Nuspec_DependencyGroupsMatchEachFramework()
    {
        var groups = Manifest().Descendants(Nuspec + "group").ToDictionary(
            g => g.Attribute("targetFramework")!.Value,
            g => g.Elements(Nuspec + "dependency").Select(d => d.Attribute("id")!.Value).OrderBy(i => i, StringComparer.Ordinal).ToArray());

        Assert.Equal(new[] { "Ardalis.SmartEnum", "NRules.Fluent", "NRules.RuleModel", "NRules.Runtime", "System.Text.Json" }, groups[".NETStandard2.0"]);
        Assert.Equal(new[] { "Ardalis.SmartEnum", "NRules.Fluent", "NRules.RuleModel", "NRules.Runtime" }, groups["net8.0"]);
    }

    [Fact]
    public void CiPackage_RecordsTheCommitAndSourceLink()
    {
        var commit = Manifest().Descendants(Nuspec + "repository").Single().Attribute("commit")?.Value;
        if (Environment.GetEnvironmentVariable("CI") != "true")
        {
            // Outside CI the build does not query git (docs/packaging.md), so the commit is left out.
            Assert.True(string.IsNullOrEmpty(commit), $"a local pack recorded commit '{commit}'");
            return;
        }

        Assert.Matches("^[0-9a-f]{40}$", commit);
        using var symbols = ZipFile.OpenRead(_package.Symbols);
        using var pdb = new StreamReader(symbols.GetEntry("lib/net8.0/Lancs.Scoring.pdb")!.Open(), Encoding.Latin1);
        Assert.Contains($"raw.githubusercontent.com/lancashire-cc/Lancs.Scoring/{commit}/", pdb.ReadToEnd());
    }

    private static string[] Entries(string package)
    {
        using var zip = ZipFile.OpenRead(package);
        return zip.Entries.Select(e => e.FullName).ToArray();
    }

    private XDocument Manifest()
    {
        using var zip = ZipFile.OpenRead(_package.Package);
        using var stream = zip.GetEntry("Lancs.Scoring.nuspec")!.Open();
        return XDocument.Load(stream);
    }
}
