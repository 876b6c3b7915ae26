using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using Lancs.Scoring.Json;

namespace Lancs.Scoring.Kpi;

/// <summary>The catalogue file format (docs/json.md): <c>{ "indicators": [ ... ] }</c>, one object per indicator.</summary>
public sealed partial class KpiCatalogue
{
    /// <summary>The longest catalogue text <see cref="FromJson"/> reads: 4,194,304 characters.</summary>
    internal const int MaxJsonLength = 1 << 22;

    private const string Definition = "KPI catalogue";

    private static readonly string[] RootFields = { "indicators" };

    private static readonly string[] IndicatorFields =
    {
        "code", "name", "unit", "polarity", "scheme", "thresholds", "boundary", "minimum", "maximum", "target", "comparators", "source",
        "thresholdsAreIllustrative", "rag", "dataOnly",
    };

    private static readonly string[] SchemeFields = { "name", "bands" };
    private static readonly string[] ThresholdFields = { "comparator", "ratio", "offset" };
    private static readonly string[] RagFields = { "amber", "atTolerance", "blue" };
    private static readonly string[] ToleranceFields = { "amount", "percentOfTarget" };

    private static readonly BandingScheme[] BuiltInSchemes = { BandingScheme.ThresholdCategories, BandingScheme.CorporateKey2018 };

    /// <summary>Reads a catalogue from JSON, checking every indicator and reporting all problems at once.</summary>
    /// <param name="json">The JSON text, for example <c>{ "indicators": [ { "code": "CLA-RATE", ... } ] }</c>.</param>
    /// <returns>The catalogue.</returns>
    /// <exception cref="DefinitionException">The JSON is malformed or longer than 4,194,304 characters, or a field is
    /// unknown, given twice, missing, of the wrong type or out of range, or two indicators share a code; each problem names
    /// its field, such as <c>indicators[2].thresholds[0]</c>.</exception>
    public static KpiCatalogue FromJson(string json)
    {
        using var document = JsonFields.Parse(json, Definition, MaxJsonLength);
        var root = document.RootElement;
        var problems = new List<string>();
        JsonFields.CheckObject(string.Empty, root, RootFields, problems);
        if (!root.TryGetProperty("indicators", out _))
        {
            problems.Add("indicators: missing; list the catalogue's indicators, such as [ { \"code\": \"CLA-RATE\", \"name\": \"Looked after children\", \"unit\": \"RatePer10000\", \"polarity\": \"L\" } ].");
        }

        var indicators = new List<Indicator>();
        var codes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var items = JsonFields.Array(string.Empty, root, "indicators", problems);
        for (var i = 0; i < items.Count; i++)
        {
            var path = JsonFields.Item(string.Empty, "indicators", i);
            var indicator = ReadIndicator(path, items[i], problems);
            if (indicator is null)
            {
                continue;
            }

            if (codes.TryGetValue(indicator.Code, out var first))
            {
                problems.Add($"{path}.code: '{Quoting.Value(indicator.Code)}' is the code of {first} too; codes are unique, ignoring case.");
                continue;
            }

            codes.Add(indicator.Code, path);
            indicators.Add(indicator);
        }

        if (problems.Count > 0)
        {
            throw new DefinitionException(Definition, problems);
        }

        return Create(indicators);
    }

    /// <summary>Writes the catalogue as JSON in the format <see cref="FromJson"/> reads.</summary>
    /// <returns>Indented JSON; fields that hold their default (the unit's bounds, no target, the better band on a threshold)
    /// are left out.</returns>
    public string ToJson()
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("indicators");
            foreach (var indicator in Indicators)
            {
                Write(writer, indicator);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void Write(Utf8JsonWriter writer, Indicator indicator)
    {
        writer.WriteStartObject();
        writer.WriteString("code", indicator.Code);
        writer.WriteString("name", indicator.Name);
        writer.WriteString("unit", indicator.Unit.Name);
        writer.WriteString("polarity", indicator.Polarity.Printed);
        if (indicator.IsDataOnly)
        {
            writer.WriteBoolean("dataOnly", true);
        }
        else if (indicator.TargetBanding is { } rag)
        {
            writer.WriteStartObject("rag");
            WriteTolerance(writer, "amber", rag.Amber);
            if (rag.AtTolerance != BoundaryRule.ToBetterBand)
            {
                writer.WriteString("atTolerance", rag.AtTolerance.Name);
            }

            if (rag.Blue is { } blue)
            {
                WriteTolerance(writer, "blue", blue);
            }

            writer.WriteEndObject();
        }
        else if (indicator.Scheme is { } scheme)
        {
            if (BuiltInSchemes.Contains(scheme))
            {
                writer.WriteString("scheme", scheme.Name);
            }
            else
            {
                writer.WriteStartObject("scheme");
                writer.WriteString("name", scheme.Name);
                writer.WriteStartArray("bands");
                foreach (var band in scheme.Bands)
                {
                    writer.WriteStringValue(band.Name);
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }
        }

        if (indicator.Thresholds.Count > 0)
        {
            writer.WriteStartArray("thresholds");
            foreach (var threshold in indicator.Thresholds)
            {
                if (threshold.IsAbsolute)
                {
                    writer.WriteNumberValue(threshold.Value);
                    continue;
                }

                writer.WriteStartObject();
                writer.WriteString("comparator", threshold.Comparator!.Name);
                writer.WriteNumber("ratio", threshold.Ratio);
                writer.WriteNumber("offset", threshold.Offset);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        if (indicator.Boundary != BoundaryRule.ToBetterBand)
        {
            writer.WriteString("boundary", indicator.Boundary.Name);
        }

        if (indicator.Minimum != indicator.Unit.DefaultMinimum)
        {
            writer.WriteNumber("minimum", indicator.Minimum);
        }

        if (indicator.Maximum != indicator.Unit.DefaultMaximum && indicator.Maximum is { } maximum)
        {
            writer.WriteNumber("maximum", maximum);
        }

        if (indicator.Target is { } target)
        {
            writer.WriteNumber("target", target);
        }

        if (indicator.Comparators.Count > 0)
        {
            writer.WriteStartObject("comparators");
            foreach (var comparator in indicator.Comparators.OrderBy(c => c.Key.Value))
            {
                writer.WriteNumber(comparator.Key.Name, comparator.Value);
            }

            writer.WriteEndObject();
        }

        if (indicator.Source.Length > 0)
        {
            writer.WriteString("source", indicator.Source);
        }

        if (indicator.ThresholdsAreIllustrative)
        {
            writer.WriteBoolean("thresholdsAreIllustrative", true);
        }

        writer.WriteEndObject();
    }

    private static void WriteTolerance(Utf8JsonWriter writer, string name, Tolerance tolerance)
    {
        writer.WriteStartObject(name);
        writer.WriteNumber("amount", tolerance.Amount);
        if (tolerance.IsPercentOfTarget)
        {
            writer.WriteBoolean("percentOfTarget", true);
        }

        writer.WriteEndObject();
    }

    /// <summary>Reads one indicator; <see langword="null"/> when it has problems, all of which are added.</summary>
    private static Indicator? ReadIndicator(string path, JsonElement element, List<string> problems)
    {
        if (!JsonFields.CheckObject(path, element, IndicatorFields, problems))
        {
            return null;
        }

        var before = problems.Count;
        var code = JsonFields.Text(path, element, "code", required: true, problems);
        var name = JsonFields.Text(path, element, "name", required: true, problems);
        var unit = JsonFields.Name<KpiUnit>(path, element, "unit", required: true, problems);
        var polarity = JsonFields.Name<Polarity>(path, element, "polarity", required: true, problems,
            text => Polarity.List.FirstOrDefault(p => string.Equals(p.Printed, text.Trim(), StringComparison.OrdinalIgnoreCase)));
        var boundary = JsonFields.Name<BoundaryRule>(path, element, "boundary", required: false, problems);
        var minimum = JsonFields.Number(path, element, "minimum", problems);
        var maximum = JsonFields.Number(path, element, "maximum", problems);
        var target = JsonFields.Number(path, element, "target", problems);
        var source = element.TryGetProperty("source", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString() : null;
        if (element.TryGetProperty("source", out s) && s.ValueKind != JsonValueKind.String)
        {
            problems.Add(path + ".source: " + JsonFields.Raw(s) + " is not a string.");
        }

        var illustrative = JsonFields.Boolean(path, element, "thresholdsAreIllustrative", false, problems);
        var dataOnly = JsonFields.Boolean(path, element, "dataOnly", false, problems);
        var comparators = ReadComparators(path, element, problems);
        var thresholds = ReadThresholds(path, element, problems);
        var hasScheme = element.TryGetProperty("scheme", out var schemeElement);
        var hasRag = element.TryGetProperty("rag", out var ragElement);
        var scheme = hasScheme ? ReadScheme(path + ".scheme", schemeElement, problems) : null;
        var rag = hasRag ? ReadRag(path + ".rag", ragElement, problems) : null;
        var ways = (hasScheme ? 1 : 0) + (hasRag ? 1 : 0) + (dataOnly ? 1 : 0);
        if (ways > 1)
        {
            problems.Add(path + ": give one of scheme (banded by thresholds), rag (banded by target and tolerance) or dataOnly.");
        }

        if ((hasRag || dataOnly) && thresholds.Count > 0)
        {
            problems.Add(path + ".thresholds: only an indicator banded by a scheme has thresholds.");
        }

        if (dataOnly && target is not null)
        {
            problems.Add(path + ".target: a data-only indicator is never judged against a target.");
        }

        if (problems.Count > before)
        {
            return null;
        }

        try
        {
            if (dataOnly)
            {
                return Indicator.CreateDataOnly(code!, name!, unit!, polarity!, minimum, maximum, comparators, source);
            }

            if (rag is not null)
            {
                return Indicator.CreateRag(code!, name!, unit!, polarity!, rag, target, minimum, maximum, comparators, source);
            }

            return Indicator.Create(code!, name!, unit!, polarity!, scheme, thresholds, boundary, minimum, maximum, target, comparators, source, illustrative);
        }
        catch (ArgumentException ex)
        {
            // The indicator's own checks (bounds, threshold order, polarity) name the indicator and the field; each line is one problem.
            foreach (var line in ex.Message.Split(new[] { Environment.NewLine }, StringSplitOptions.RemoveEmptyEntries)
                .Select(l => l.Split(new[] { " (Parameter '" }, StringSplitOptions.None)[0]))
            {
                problems.Add(path + ": " + line);
            }

            return null;
        }
    }

    private static Dictionary<ComparatorKind, decimal>? ReadComparators(string path, JsonElement element, List<string> problems)
    {
        if (!element.TryGetProperty("comparators", out var value))
        {
            return null;
        }

        var field = path + ".comparators";
        if (value.ValueKind != JsonValueKind.Object)
        {
            problems.Add(field + ": " + JsonFields.Raw(value) + " is not an object such as { \"England\": 60.0 }.");
            return null;
        }

        var comparators = new Dictionary<ComparatorKind, decimal>();
        foreach (var property in value.EnumerateObject())
        {
            var at = field + "." + Quoting.Value(property.Name);
            if (!ComparatorKind.TryFromName(property.Name, ignoreCase: true, out var kind))
            {
                problems.Add(at + ": unknown comparator; the comparators are " + string.Join(", ", ComparatorKind.List.OrderBy(c => c.Value).Select(c => c.Name)) + ".");
            }
            else if (property.Value.ValueKind != JsonValueKind.Number || !property.Value.TryGetDecimal(out var number))
            {
                problems.Add(at + ": " + JsonFields.Raw(property.Value) + " is not a number.");
            }
            else if (comparators.ContainsKey(kind))
            {
                problems.Add(at + ": given twice; give each comparator once.");
            }
            else
            {
                comparators.Add(kind, number);
            }
        }

        return comparators;
    }

    private static List<Threshold> ReadThresholds(string path, JsonElement element, List<string> problems)
    {
        var thresholds = new List<Threshold>();
        var items = JsonFields.Array(path, element, "thresholds", problems);
        for (var i = 0; i < items.Count; i++)
        {
            var at = JsonFields.Item(path, "thresholds", i);
            var item = items[i];
            if (item.ValueKind == JsonValueKind.Number && item.TryGetDecimal(out var value))
            {
                thresholds.Add(Threshold.Absolute(value));
                continue;
            }

            if (item.ValueKind != JsonValueKind.Object)
            {
                problems.Add(at + ": " + JsonFields.Raw(item) + " is not a number or a threshold such as { \"comparator\": \"England\", \"ratio\": 1.1, \"offset\": 0 }.");
                continue;
            }

            JsonFields.CheckObject(at, item, ThresholdFields, problems);
            var comparator = JsonFields.Name<ComparatorKind>(at, item, "comparator", required: true, problems);
            var ratio = JsonFields.Number(at, item, "ratio", problems) ?? 1m;
            var offset = JsonFields.Number(at, item, "offset", problems) ?? 0m;
            if (comparator is not null)
            {
                thresholds.Add(Threshold.RelativeTo(comparator, ratio, offset));
            }
        }

        return thresholds;
    }

    private static BandingScheme? ReadScheme(string path, JsonElement element, List<string> problems)
    {
        if (element.ValueKind == JsonValueKind.String)
        {
            var named = BuiltInSchemes.FirstOrDefault(b => string.Equals(b.Name, element.GetString(), StringComparison.OrdinalIgnoreCase));
            if (named is null)
            {
                problems.Add(path + ": " + JsonFields.Raw(element) + " is not a built-in scheme (" + string.Join(", ", BuiltInSchemes.Select(b => b.Name))
                    + "); define another as { \"name\": \"...\", \"bands\": [ \"best\", ..., \"worst\" ] }.");
            }

            return named;
        }

        if (!JsonFields.CheckObject(path, element, SchemeFields, problems))
        {
            return null;
        }

        var name = JsonFields.Text(path, element, "name", required: true, problems);
        var bands = new List<string>();
        var items = JsonFields.Array(path, element, "bands", problems);
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i].ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(items[i].GetString()))
            {
                bands.Add(items[i].GetString()!);
            }
            else
            {
                problems.Add(JsonFields.Item(path, "bands", i) + ": " + JsonFields.Raw(items[i]) + " is not a band name.");
            }
        }

        if (name is null || bands.Count != items.Count)
        {
            return null;
        }

        try
        {
            return BandingScheme.Create(name, bands.ToArray());
        }
        catch (ArgumentException ex)
        {
            problems.Add(path + ".bands: " + ex.Message.Split(new[] { " (Parameter '" }, StringSplitOptions.None)[0]);
            return null;
        }
    }

    private static TargetBanding? ReadRag(string path, JsonElement element, List<string> problems)
    {
        if (!JsonFields.CheckObject(path, element, RagFields, problems))
        {
            return null;
        }

        if (!element.TryGetProperty("amber", out var amberElement))
        {
            problems.Add(path + ".amber: missing; give the tolerance, such as { \"amount\": 5, \"percentOfTarget\": true }.");
            return null;
        }

        var amber = ReadTolerance(path + ".amber", amberElement, problems);
        var atTolerance = JsonFields.Name<BoundaryRule>(path, element, "atTolerance", required: false, problems);
        var blue = element.TryGetProperty("blue", out var blueElement) ? ReadTolerance(path + ".blue", blueElement, problems) : null;
        return amber is null || (blue is null && element.TryGetProperty("blue", out _)) ? null : TargetBanding.Create(amber, atTolerance, blue);
    }

    private static Tolerance? ReadTolerance(string path, JsonElement element, List<string> problems)
    {
        if (!JsonFields.CheckObject(path, element, ToleranceFields, problems))
        {
            return null;
        }

        var amount = JsonFields.Number(path, element, "amount", problems);
        if (!element.TryGetProperty("amount", out _))
        {
            problems.Add(path + ".amount: missing.");
        }

        var percent = JsonFields.Boolean(path, element, "percentOfTarget", false, problems);
        if (amount is < 0m)
        {
            problems.Add(string.Format(CultureInfo.InvariantCulture, "{0}.amount: {1} is below 0; a tolerance is 0 or more.", path, amount));
            return null;
        }

        return amount is { } a ? (percent ? Tolerance.PercentOfTarget(a) : Tolerance.Absolute(a)) : null;
    }
}
