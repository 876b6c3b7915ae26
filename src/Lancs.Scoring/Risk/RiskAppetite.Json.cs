using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;

namespace Lancs.Scoring.Risk;

/// <summary>The appetite's part of the policy file: <c>zones</c> and <c>appetite</c>, both optional.</summary>
/// <remarks>
/// <code>
/// "zones": [
///   { "name": "low", "colour": "#2e7d32", "scores": { "from": 1, "to": 6 } },
///   { "name": "high", "colour": "#c62828", "cells": [ "5x4", "4x5", "5x5" ] }
/// ],
/// "appetite": { "risk": [ "low" ], "opportunity": [ "high" ] }
/// </code>
/// </remarks>
public sealed partial class RiskAppetite
{
    private static readonly string[] ZoneFields = { "name", "colour", "cells", "scores" };
    private static readonly string[] RangeFields = { "from", "to" };
    private static readonly string[] AppetiteFields = { "risk", "opportunity" };

    /// <summary>Reads <c>zones</c> and <c>appetite</c> from a policy object, adding every problem to <paramref name="problems"/>.</summary>
    /// <returns>The appetite (<see cref="None"/> when neither field is given), or <see langword="null"/> when there were problems.</returns>
    internal static RiskAppetite? ReadJson(JsonElement root, List<string> problems)
    {
        var hasZones = root.TryGetProperty("zones", out var zonesElement);
        var hasAppetite = root.TryGetProperty("appetite", out var appetiteElement);
        if (!hasZones && !hasAppetite)
        {
            return None;
        }

        var before = problems.Count;
        var zones = new List<AppetiteZone>();
        if (hasZones && zonesElement.ValueKind != JsonValueKind.Array)
        {
            problems.Add("zones: " + Raw(zonesElement) + " is not a list of zones, such as [ { \"name\": \"low\", \"colour\": \"#2e7d32\", \"scores\": { \"from\": 1, \"to\": 6 } } ].");
        }
        else if (hasZones)
        {
            var i = 0;
            foreach (var element in zonesElement.EnumerateArray())
            {
                zones.Add(ReadZone(string.Format(CultureInfo.InvariantCulture, "zones[{0}]", i++), element, problems));
            }
        }

        List<string>? risk = null;
        List<string>? opportunity = null;
        if (hasAppetite && appetiteElement.ValueKind != JsonValueKind.Object)
        {
            problems.Add("appetite: " + Raw(appetiteElement) + " is not an object such as { \"risk\": [ \"low\" ], \"opportunity\": [ \"high\" ] }.");
        }
        else if (hasAppetite)
        {
            CheckFields("appetite", appetiteElement, AppetiteFields, "the fields of appetite are risk, opportunity", problems);
            risk = ReadNames("appetite.risk", appetiteElement, problems);
            opportunity = ReadNames("appetite.opportunity", appetiteElement, problems);
        }

        // The zones as read, even those with a bad colour or name, still take part in the checks across zones, so that one
        // reading reports every problem: overlaps, shared names and unknown names alike.
        var appetite = Made(zones, risk, opportunity, problems);
        return problems.Count > before ? null : appetite;
    }

    /// <summary>Writes <c>zones</c> and <c>appetite</c> into a policy object; nothing when there are no zones.</summary>
    internal void WriteJson(Utf8JsonWriter writer)
    {
        if (!HasZones)
        {
            return;
        }

        writer.WriteStartArray("zones");
        foreach (var zone in _zones)
        {
            writer.WriteStartObject();
            writer.WriteString("name", zone.Name);
            writer.WriteString("colour", zone.Colour);
            if (zone.LowestScore is { } low && zone.HighestScore is { } high)
            {
                writer.WriteStartObject("scores");
                writer.WriteNumber("from", low);
                writer.WriteNumber("to", high);
                writer.WriteEndObject();
            }

            if (zone.Cells.Count > 0)
            {
                writer.WriteStartArray("cells");
                foreach (var cell in zone.Cells)
                {
                    writer.WriteStringValue(AppetiteZone.CellText(cell));
                }

                writer.WriteEndArray();
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        if (_risk.Length + _opportunity.Length == 0)
        {
            return;
        }

        writer.WriteStartObject("appetite");
        foreach (var (field, zones) in new[] { ("risk", _risk), ("opportunity", _opportunity) })
        {
            if (zones.Length > 0)
            {
                writer.WriteStartArray(field);
                foreach (var zone in zones)
                {
                    writer.WriteStringValue(zone.Name);
                }

                writer.WriteEndArray();
            }
        }

        writer.WriteEndObject();
    }

    /// <summary>Reads one zone; returns it as read (with stand-ins for a bad name or colour) for the checks across zones.</summary>
    private static AppetiteZone ReadZone(string path, JsonElement element, List<string> problems)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            problems.Add(path + ": " + Raw(element) + " is not a zone such as { \"name\": \"low\", \"colour\": \"#2e7d32\", \"scores\": { \"from\": 1, \"to\": 6 } }.");
            return new AppetiteZone(path, "#000000", Array.Empty<MatrixCell>(), null, null);
        }

        CheckFields(path, element, ZoneFields, "the fields of a zone are name, colour, cells, scores", problems);
        var name = ReadText(path + ".name", element, "name", problems);
        var colour = ReadText(path + ".colour", element, "colour", problems);
        var cells = ReadCells(path + ".cells", element, problems);
        var (low, high) = ReadRange(path + ".scores", element, problems);
        var before = problems.Count;
        AppetiteZone.Check(path, name, colour, cells, low, high, problems, element.TryGetProperty("cells", out _) || element.TryGetProperty("scores", out _));
        if (problems.Count == before)
        {
            return AppetiteZone.Made(name!, colour!, cells, low, high);
        }

        var goodRange = low is >= 1 and <= 25 && high is >= 1 and <= 25 && low <= high;
        var standInName = string.IsNullOrWhiteSpace(name) || name!.Length > AppetiteZone.MaxNameLength ? path : name.Trim();
        return new AppetiteZone(standInName, "#000000", (IReadOnlyList<MatrixCell>?)cells ?? Array.Empty<MatrixCell>(), goodRange ? low : null, goodRange ? high : null);
    }

    private static List<MatrixCell>? ReadCells(string path, JsonElement zone, List<string> problems)
    {
        if (!zone.TryGetProperty("cells", out var element))
        {
            return null;
        }

        if (element.ValueKind != JsonValueKind.Array)
        {
            problems.Add(path + ": " + Raw(element) + " is not a list of cells such as [ \"4x4\", \"Major x Likely\" ].");
            return null;
        }

        var cells = new List<MatrixCell>();
        var k = 0;
        foreach (var item in element.EnumerateArray())
        {
            var itemPath = string.Format(CultureInfo.InvariantCulture, "{0}[{1}]", path, k++);
            if (item.ValueKind == JsonValueKind.String && Assessment.TryParse(item.GetString(), out var assessment, out _)
                && assessment.Impact is { } impact && assessment.Likelihood is { } likelihood && assessment.Note is null)
            {
                cells.Add(RiskMatrix.CellOf(impact, likelihood));
            }
            else
            {
                problems.Add(itemPath + ": " + Raw(item) + " is not a cell; write impact x likelihood, such as \"4x4\" or \"Major x Likely\".");
            }
        }

        if (k == 0)
        {
            problems.Add(path + ": empty; list the zone's cells, such as [ \"4x4\" ], or leave the field out.");
        }

        return cells;
    }

    private static (int? Low, int? High) ReadRange(string path, JsonElement zone, List<string> problems)
    {
        if (!zone.TryGetProperty("scores", out var element))
        {
            return (null, null);
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            problems.Add(path + ": " + Raw(element) + " is not a range such as { \"from\": 1, \"to\": 6 }.");
            return (null, null);
        }

        CheckFields(path, element, RangeFields, "the fields of a range are from, to", problems);
        int? End(string field)
        {
            if (!element.TryGetProperty(field, out var value))
            {
                problems.Add(path + "." + field + ": missing; a range gives from and to, both inclusive, such as { \"from\": 1, \"to\": 6 }.");
                return null;
            }

            if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt32(out var number))
            {
                problems.Add(path + "." + field + ": " + Raw(value) + " is not a whole number from 1 to 25.");
                return null;
            }

            return number;
        }

        var low = End("from");
        var high = End("to");

        // A missing or bad end is reported above; the range itself is checked only when both ends are numbers.
        return low is null || high is null ? (null, null) : (low, high);
    }

    private static List<string>? ReadNames(string path, JsonElement appetite, List<string> problems)
    {
        var field = path.Substring(path.IndexOf('.') + 1);
        if (!appetite.TryGetProperty(field, out var element))
        {
            return null;
        }

        if (element.ValueKind != JsonValueKind.Array)
        {
            problems.Add(path + ": " + Raw(element) + " is not a list of zone names such as [ \"low\", \"medium\" ].");
            return null;
        }

        var names = new List<string>();
        var k = 0;
        foreach (var item in element.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(item.GetString()))
            {
                names.Add(item.GetString()!);
            }
            else
            {
                problems.Add(string.Format(CultureInfo.InvariantCulture, "{0}[{1}]: {2} is not a zone name.", path, k, Raw(item)));
            }

            k++;
        }

        return k == 0 || names.Count > 0 ? names : null;
    }

    private static string? ReadText(string path, JsonElement zone, string field, List<string> problems)
    {
        if (!zone.TryGetProperty(field, out var value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            problems.Add(path + ": " + Raw(value) + " is not a string.");
            return string.Empty;
        }

        return value.GetString();
    }

    /// <summary>Reports unknown fields and fields given twice in an object of the appetite.</summary>
    private static void CheckFields(string path, JsonElement element, string[] known, string hint, List<string> problems)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            seen[property.Name] = seen.TryGetValue(property.Name, out var times) ? times + 1 : 1;
            if (Array.IndexOf(known, property.Name) < 0 && times == 0)
            {
                problems.Add(string.Format(CultureInfo.InvariantCulture, "{0}.{1}: unknown field; {2}.", path, Shortened(property.Name), hint));
            }
        }

        foreach (var field in seen.Where(f => f.Value > 1))
        {
            problems.Add(string.Format(CultureInfo.InvariantCulture, "{0}.{1}: given {2} times; give each field once.", path, Shortened(field.Key), field.Value));
        }
    }

    private static string Raw(JsonElement element) => Shortened(element.GetRawText());

    private static string Shortened(string text) => text.Length <= 60 ? text : text.Substring(0, 60) + "…";
}
