using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Lancs.Scoring.Cli;
using Xunit;
using static Lancs.Scoring.Tests.Cli.CliRun;

namespace Lancs.Scoring.Tests.Cli;

/// <summary>The HTML report and the SVG heat maps as text: self-contained (a CSP that forbids every fetch, no script,
/// no link), every value escaped, and the SVG a well-formed document of its own.</summary>
public sealed class HtmlReportTests : IDisposable
{
    private const string Header = "id,kind,description,risk_type,owner,inherent,residual,direction_of_travel,source\n";
    private readonly string _scratch = Directory.CreateTempSubdirectory("lancs-html-text-").FullName;

    public void Dispose() => Directory.Delete(_scratch, recursive: true);

    [Fact]
    public void Html_HostileCells_AreEscapedAndThePageFetchesNothing()
    {
        var register = WriteFile(_scratch, "2017-18-Q2.csv", Header +
            "CR1,risk,\"<script>alert('x')</script> & \u202Eevil\",Economic,<b>MT</b>,25,16,Level,x\n" +
            "CR2,risk,\"\u001B[31mred\",Economic,MT,16,12,Level,x\n");

        var (code, html, _) = Run("rescore", register, "--format", "html");

        Assert.Equal(ExitCode.Rejected, code); // CR2's escape character rejects its row
        Assert.StartsWith("<!DOCTYPE html>", html);
        Assert.Contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">", html);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; \\u202Eevil", html);
        Assert.Contains("&lt;b&gt;MT&lt;/b&gt;", html);
        Assert.Contains("\\u001B[31mred", html); // the rejected row, quoted in the rejections
        Assert.DoesNotContain('\u001B', html);
        Assert.DoesNotContain('\u202E', html);
        Assert.DoesNotMatch(@"\s(src|href|srcset|action)\s*=", html);
        Assert.All(Regex.Matches(html, @"https?:[^""'\s>]*").Select(m => m.Value), url => Assert.Equal("http://www.w3.org/2000/svg", url));
    }

    [Fact]
    public void Html_RealRegister_HasEverySectionAndBothKindsOfHeatMap()
    {
        var registers = Path.Combine(AppContext.BaseDirectory, "data", "registers");

        var (code, html, _) = Run("rescore", Path.Combine(registers, "2017-18-Q2.csv"), "--previous", Path.Combine(registers, "2016-17-Q1.csv"), "--format", "html");

        Assert.Equal(ExitCode.Success, code);
        foreach (var section in new[] { "On the corporate register (22)", "Changes since the previous register (24)", "Findings (9)", "Rejected rows (0)", "Heat maps" })
        {
            Assert.Contains(section, html);
        }

        // Descriptions in full, not cut at 70 characters.
        Assert.Contains("Failure to implement fully the councils medium term financial strategy including the delivery of planned budget reductions", html);
        foreach (var map in new[] { "risks-inherent", "risks-residual", "opportunities-inherent", "opportunities-residual" })
        {
            Assert.Contains($"data-map=\"{map}\"", html);
        }

        Assert.DoesNotContain("data-map=\"risks-target\"", html); // the papers give no targets
    }

    [Fact]
    public void Svg_WritesOnlyTheHeatMapsAsOneWellFormedDocument()
    {
        var registers = Path.Combine(AppContext.BaseDirectory, "data", "registers");

        var (code, svg, _) = Run("rescore", Path.Combine(registers, "2018-19-Q1.csv"), "--format", "svg");

        Assert.Equal(ExitCode.Success, code);
        var document = XDocument.Parse(svg);
        XNamespace ns = "http://www.w3.org/2000/svg";
        Assert.Equal(ns + "svg", document.Root!.Name);
        var maps = document.Descendants(ns + "g").Where(g => (string?)g.Attribute("class") == "heat-map").Select(g => (string?)g.Attribute("data-map")).ToList();
        Assert.Equal(new[] { "risks-inherent", "risks-residual", "opportunities-inherent", "opportunities-residual" }, maps);
        var ids = document.Descendants(ns + "g").Where(g => (string?)g.Attribute("class") == "cell").SelectMany(g => ((string)g.Attribute("data-ids")!).Split(' ', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(2 * 14, ids.Count()); // each of the 14 entries once in its inherent map and once in its residual map
        Assert.DoesNotContain("<html", svg);
    }
}
