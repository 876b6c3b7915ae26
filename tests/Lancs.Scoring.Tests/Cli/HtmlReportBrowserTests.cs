using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Lancs.Scoring.Cli;
using Lancs.Scoring.Tests.Packaging;
using Microsoft.Playwright;
using Xunit;
using static Lancs.Scoring.Tests.Cli.CliRun;

namespace Lancs.Scoring.Tests.Cli;

/// <summary>The committee report in a real browser: Debian's headless Chromium, driven by Playwright (no browser of
/// Playwright's own is downloaded). The page renders, every heat-map cell carries its entries' ids and its zone's
/// colour, risks and opportunities are apart, and nothing is fetched. With LANCS_UPDATE_DOCS=1 it also refreshes the
/// screenshot in docs/. Chromium missing fails the test (in CI too): .ci/run installs it.</summary>
public sealed class HtmlReportBrowserTests : IDisposable
{
    private const string Header = "id,kind,description,risk_type,owner,inherent,residual,direction_of_travel,source,target\n";

    // "watch" lists one cell (4x4, 16), which no range holds: 15 and 16 elsewhere lie in no zone and are grey.
    private const string Zones = """
        {
          "zones": [
            { "name": "watch", "colour": "#1565c0", "cells": [ "4x4" ] },
            { "name": "low", "colour": "#2e7d32", "scores": { "from": 1, "to": 12 } },
            { "name": "high", "colour": "#c62828", "scores": { "from": 20, "to": 25 } }
          ]
        }
        """;

    private readonly string _scratch = Directory.CreateTempSubdirectory("lancs-html-").FullName;

    public void Dispose() => Directory.Delete(_scratch, recursive: true);

    [Fact]
    public async Task HtmlReport_InChromium_CellsShowTheirIdsAndZoneColoursAndNothingIsFetched()
    {
        var register = WriteFile(_scratch, "2017-18-Q2.csv", Header +
            "CR1,risk,First,Economic,MT,5x5,4x4,Level,x,\n" +
            "CR2,risk,Second,Economic,MT,5x5,4x4,Level,x,\n" +
            "CR3,risk,Third,Economic,MT,16,12,Level,x,\n" +
            "CO1,opportunity,Fourth,Economic,MT,Outstanding x Likely,Outstanding x Likely,Level,x,\n");
        var page = Path.Combine(_scratch, "report.html");
        var (code, _, error) = Run("rescore", register, "--policy", WriteFile(_scratch, "zones.json", Zones), "--format", "html", "-o", page);
        Assert.True(code == ExitCode.Success, error);

        var (maps, fetched) = await Render(page, screenshot: null);

        Assert.Empty(fetched);
        var residual = maps["risks-residual"];
        var cell = Assert.Single(residual, c => c.Impact == "4" && c.Likelihood == "4");
        Assert.Equal("CR1 CR2", cell.Ids);
        Assert.Equal("rgb(21, 101, 192)", cell.Fill); // the "watch" zone's #1565c0
        Assert.Contains("CR1 CR2", cell.Text);
        var bare = Assert.Single(residual, c => c.ByScore && c.Score == "12");
        Assert.Equal("CR3", bare.Ids);
        Assert.Equal("rgb(46, 125, 50)", bare.Fill); // "low" places the bare 12 by its range
        Assert.All(residual.Where(c => !c.ByScore && c.Score == "20"), c => Assert.Equal("rgb(198, 40, 40)", c.Fill));
        Assert.All(residual.Where(c => !c.ByScore && c.Score == "15"), c => Assert.Equal("rgb(224, 224, 224)", c.Fill));
        Assert.Equal(25, residual.Count(c => !c.ByScore));
        // Opportunities have their own maps, with their own labels; no risk map holds them.
        Assert.Equal("CO1", Assert.Single(maps["opportunities-residual"], c => c.Impact == "5" && c.Likelihood == "4").Ids);
        Assert.DoesNotContain(maps.Where(m => m.Key.StartsWith("risks", StringComparison.Ordinal)).SelectMany(m => m.Value), c => c.Ids.Contains("CO1"));
        Assert.True(maps.ContainsKey("risks-inherent") && maps.ContainsKey("opportunities-inherent"));
    }

    [Fact]
    public async Task HtmlReport_RealRegisterInChromium_BareScoresShowByScoreInTheDefaultColours()
    {
        var page = Path.Combine(_scratch, "report.html");
        var registers = Path.Combine(AppContext.BaseDirectory, "data", "registers");
        var (code, _, error) = Run("rescore", Path.Combine(registers, "2017-18-Q2.csv"), "--previous", Path.Combine(registers, "2016-17-Q1.csv"), "--format", "html", "-o", page);
        Assert.True(code == ExitCode.Success, error);
        var screenshot = Environment.GetEnvironmentVariable("LANCS_UPDATE_DOCS") == "1"
            ? Path.Combine(PackageFixture.RepositoryRoot(), "docs", "report-2017-18-Q2.png")
            : Path.Combine(_scratch, "report.png");

        var (maps, fetched) = await Render(page, screenshot);

        Assert.Empty(fetched);
        // Every score in the papers is printed bare (000:1515-1555): no grid of zeros, the by-score view instead.
        var residual = maps["risks-residual"];
        Assert.All(residual, c => Assert.True(c.ByScore));
        var twelve = Assert.Single(residual, c => c.Score == "12");
        Assert.Equal("CR4 CR12 CR16 CR20 CR21 CR25 CR26 CR27 CR28", twelve.Ids);
        Assert.Equal("rgb(249, 168, 37)", twelve.Fill); // amber: the policy has no zones
        Assert.Equal("rgb(198, 40, 40)", Assert.Single(residual, c => c.Score == "25").Fill);
        Assert.Equal("C01 C02 CO4", Assert.Single(maps["opportunities-residual"], c => c.Score == "16").Ids);
        Assert.True(new FileInfo(screenshot).Length > 10_000, "the screenshot is empty");
    }

    private static async Task<(Dictionary<string, List<RenderedCell>> Maps, List<string> Fetched)> Render(string path, string? screenshot)
    {
        const string chromium = "/usr/bin/chromium";
        Assert.True(File.Exists(chromium), "Debian's chromium is not installed at /usr/bin/chromium: run 'apt-get install -y chromium' (.ci/run does).");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = chromium, Args = new[] { "--no-sandbox" }, Timeout = 120_000 });
        var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });
        var tab = await context.NewPageAsync();
        var url = new Uri(path).AbsoluteUri;
        var fetched = new List<string>();
        tab.Request += (_, request) =>
        {
            if (request.Url != url)
            {
                fetched.Add(request.Url);
            }
        };
        // Whatever the page asks for besides itself is recorded above and refused here, so that nothing leaves the machine.
        await tab.RouteAsync("**/*", route => route.Request.Url == url ? route.ContinueAsync() : route.AbortAsync());
        await tab.GotoAsync(url, new() { WaitUntil = WaitUntilState.NetworkIdle });
        var json = await tab.EvaluateAsync<string>("""
            () => JSON.stringify(Array.from(document.querySelectorAll('svg.heat-map')).map(svg => ({
              map: svg.dataset.map,
              width: svg.getBoundingClientRect().width,
              cells: Array.from(svg.querySelectorAll('g.cell')).map(g => ({
                ids: g.dataset.ids, score: g.dataset.score, impact: g.dataset.impact || '', likelihood: g.dataset.likelihood || '',
                byScore: g.dataset.byScore === 'true', fill: getComputedStyle(g.querySelector('rect')).fill, text: g.textContent.replace(/\s+/g, ' ').trim()
              }))
            })))
            """);
        if (screenshot is not null)
        {
            await tab.ScreenshotAsync(new() { Path = screenshot, FullPage = true });
        }

        var maps = new Dictionary<string, List<RenderedCell>>();
        foreach (var map in JsonDocument.Parse(json).RootElement.EnumerateArray())
        {
            Assert.True(map.GetProperty("width").GetDouble() > 100, "a heat map did not render");
            maps[map.GetProperty("map").GetString()!] = map.GetProperty("cells").EnumerateArray().Select(c => new RenderedCell(
                c.GetProperty("ids").GetString()!, c.GetProperty("score").GetString()!, c.GetProperty("impact").GetString()!, c.GetProperty("likelihood").GetString()!,
                c.GetProperty("byScore").GetBoolean(), c.GetProperty("fill").GetString()!, c.GetProperty("text").GetString()!)).ToList();
        }

        return (maps, fetched);
    }

    private sealed record RenderedCell(string Ids, string Score, string Impact, string Likelihood, bool ByScore, string Fill, string Text);
}
