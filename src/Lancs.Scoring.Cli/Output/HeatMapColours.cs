using System.Linq;
using Lancs.Scoring.Risk;

namespace Lancs.Scoring.Cli;

/// <summary>The colour of a heat map's cell or score: the policy's appetite zone that holds it, or, where the policy has
/// no zones, the usual red, amber and green by score (green 1-6, amber 8-12, red 15-25).</summary>
internal static class HeatMapColours
{
    public const string Green = "#2e7d32";
    public const string Amber = "#f9a825";
    public const string Red = "#c62828";

    /// <summary>The fill of a known cell, with the zone's name (or "green", "amber", "red").</summary>
    public static (string Colour, string Zone) OfCell(RiskAppetite appetite, MatrixCell cell) =>
        appetite.HasZones
            ? appetite.Zones.FirstOrDefault(z => z.Contains(cell)) is { } zone ? (zone.Colour, zone.Name) : ("#e0e0e0", "none")
            : ByScore(cell.Score.Value);

    /// <summary>The fill of a bare score: a zone places it only by its score range.</summary>
    public static (string Colour, string Zone) OfScore(RiskAppetite appetite, RiskScore score) =>
        appetite.HasZones
            ? appetite.Zones.FirstOrDefault(z => z.HoldsScore(score)) is { } zone ? (zone.Colour, zone.Name) : ("#e0e0e0", "none")
            : ByScore(score.Value);

    public static (string Colour, string Zone) ByScore(int score) =>
        score >= 15 ? (Red, "red") : score >= 8 ? (Amber, "amber") : (Green, "green");
}
