using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Json;

namespace Lancs.Scoring.Risk;

/// <summary>The policy file format: a JSON object whose properties are all optional and default to the published policy.</summary>
public sealed partial class ScoringPolicy
{
    /// <summary>The longest policy text <see cref="FromJson"/> reads: 1,048,576 characters (docs/reliability.md).</summary>
    internal const int MaxJsonLength = 1 << 20;

    /// <summary>The longest name or label a policy may give: 200 characters, as reports print them whole.</summary>
    internal const int MaxTextLength = 200;

    private static readonly string[] KnownFields =
        { "name", "inclusionThreshold", "matching", "descriptionSimilarity", "corporateRegisterLabel", "serviceRegisterLabel", "riskHigherIsBetter", "opportunityHigherIsBetter", "zones", "appetite", "idPattern", "kindFrom" };

    /// <summary>Reads a policy from JSON, checking every field and reporting all problems at once.</summary>
    /// <param name="json">The JSON text, for example <c>{ "inclusionThreshold": 15 }</c>.</param>
    /// <returns>The policy; fields left out keep the published values.</returns>
    /// <exception cref="PolicyException">The JSON is malformed or longer than 1,048,576 characters, or a field is unknown,
    /// given twice, of the wrong type or out of range, or a name or label is longer than 200 characters.</exception>
    public static ScoringPolicy FromJson(string json)
    {
        Guard.NotNull(json);
        if (json.Length > MaxJsonLength)
        {
            throw new PolicyException(new[] { string.Format(CultureInfo.InvariantCulture,
                "(file): the policy is {0:N0} characters long; a policy file is at most {1:N0} characters.", json.Length, MaxJsonLength) });
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException ex)
        {
            throw new PolicyException(new[] { "(file): not valid JSON: " + ex.Message });
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new PolicyException(new[] { "(file): the policy must be a JSON object, for example { \"inclusionThreshold\": 12 }." });
            }

            return Read(document.RootElement);
        }
    }

    /// <summary>Writes the policy as JSON in the format <see cref="FromJson"/> reads.</summary>
    /// <returns>Indented JSON.</returns>
    public string ToJson()
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            writer.WriteString("name", Name);
            writer.WriteNumber("inclusionThreshold", InclusionThreshold);
            writer.WriteString("matching", Matching.ToString());
            writer.WriteNumber("descriptionSimilarity", DescriptionSimilarity);
            writer.WriteString("corporateRegisterLabel", CorporateRegisterLabel);
            writer.WriteString("serviceRegisterLabel", ServiceRegisterLabel);
            writer.WriteBoolean("riskHigherIsBetter", RiskHigherIsBetter);
            writer.WriteBoolean("opportunityHigherIsBetter", OpportunityHigherIsBetter);
            Appetite.WriteJson(writer);
            if (Identifiers.Pattern is not null)
            {
                writer.WriteString("idPattern", Identifiers.Pattern);
            }

            writer.WriteString("kindFrom", Identifiers.KindFrom == KindSource.Id ? "id" : "column");
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static ScoringPolicy Read(JsonElement root)
    {
        var problems = new List<string>();
        var d = Default;
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var property in root.EnumerateObject())
        {
            seen[property.Name] = seen.TryGetValue(property.Name, out var times) ? times + 1 : 1;
            if (Array.IndexOf(KnownFields, property.Name) < 0 && times == 0)
            {
                problems.Add($"{Quoting.Value(property.Name)}: unknown field; the fields are {string.Join(", ", KnownFields)}.");
            }
        }

        foreach (var field in seen)
        {
            if (field.Value > 1)
            {
                // JSON readers keep one of the values (System.Text.Json the last), so the file would not say what it seems to.
                problems.Add(string.Format(CultureInfo.InvariantCulture, "{0}: given {1} times; give each field once.", Quoting.Value(field.Key), field.Value));
            }
        }

        var name = ReadString(root, "name", d.Name, problems);
        var threshold = d.InclusionThreshold;
        if (root.TryGetProperty("inclusionThreshold", out var t))
        {
            if (t.ValueKind != JsonValueKind.Number || !t.TryGetInt32(out threshold))
            {
                problems.Add($"inclusionThreshold: {Quoting.Value(t.GetRawText())} is not a whole number; give the lowest residual score that stays on the register, 1-25.");
            }
            else if (threshold < 1 || threshold > 25)
            {
                problems.Add(string.Format(CultureInfo.InvariantCulture, "inclusionThreshold: {0} is outside 1-25, the range of the 5x5 matrix.", threshold));
            }
        }

        var matching = d.Matching;
        var matchingText = ReadString(root, "matching", d.Matching.ToString(), problems);
        if (!TryParseMatching(matchingText, out matching))
        {
            problems.Add($"matching: '{Quoting.Value(matchingText)}' is not ByLineage, ById or ByIdAndDescription.");
        }

        var similarity = d.DescriptionSimilarity;
        if (root.TryGetProperty("descriptionSimilarity", out var s)
            && (s.ValueKind != JsonValueKind.Number || !s.TryGetDouble(out similarity) || similarity < 0 || similarity > 1))
        {
            problems.Add($"descriptionSimilarity: {Quoting.Value(s.GetRawText())} is not a number from 0 to 1 (the share of description words in common).");
        }

        var corporate = ReadString(root, "corporateRegisterLabel", d.CorporateRegisterLabel, problems);
        var service = ReadString(root, "serviceRegisterLabel", d.ServiceRegisterLabel, problems);
        var riskHigher = ReadBoolean(root, "riskHigherIsBetter", d.RiskHigherIsBetter, problems);
        var opportunityHigher = ReadBoolean(root, "opportunityHigherIsBetter", d.OpportunityHigherIsBetter, problems);
        var appetite = RiskAppetite.ReadJson(root, problems);
        var identifiers = ReadIdentifiers(root, problems);
        if (problems.Count > 0)
        {
            throw new PolicyException(problems);
        }

        return new ScoringPolicy
        {
            Name = name,
            InclusionThreshold = threshold,
            Matching = matching,
            DescriptionSimilarity = similarity,
            CorporateRegisterLabel = corporate,
            ServiceRegisterLabel = service,
            RiskHigherIsBetter = riskHigher,
            OpportunityHigherIsBetter = opportunityHigher,
            Appetite = appetite!,
            Identifiers = identifiers ?? IdentifierScheme.Published,
        };
    }

    private static IdentifierScheme? ReadIdentifiers(JsonElement root, List<string> problems)
    {
        string? pattern = null;
        if (root.TryGetProperty("idPattern", out var p) && p.ValueKind != JsonValueKind.Null)
        {
            if (p.ValueKind != JsonValueKind.String)
            {
                problems.Add($"idPattern: {Quoting.Value(p.GetRawText())} is not a string; give a regular expression such as RSK-[0-9]+, or leave it out for CR and CO ids.");
                return null;
            }

            pattern = p.GetString();
        }

        var kindText = ReadString(root, "kindFrom", "id", problems);
        KindSource kindFrom;
        if (string.Equals(kindText, "id", StringComparison.OrdinalIgnoreCase))
        {
            kindFrom = KindSource.Id;
        }
        else if (string.Equals(kindText, "column", StringComparison.OrdinalIgnoreCase))
        {
            kindFrom = KindSource.Column;
        }
        else
        {
            problems.Add($"kindFrom: '{Quoting.Value(kindText)}' is not id or column.");
            return null;
        }

        if (!IdentifierScheme.TryCreate(pattern, kindFrom, out var scheme, out var problem))
        {
            problems.Add(problem);
            return null;
        }

        return scheme;
    }

    private static bool TryParseMatching(string text, out PreviousQuarterMatching matching)
    {
        foreach (PreviousQuarterMatching value in Enum.GetValues(typeof(PreviousQuarterMatching)))
        {
            if (string.Equals(value.ToString(), text, StringComparison.OrdinalIgnoreCase))
            {
                matching = value;
                return true;
            }
        }

        matching = default;
        return false;
    }

    private static bool ReadBoolean(JsonElement root, string field, bool fallback, List<string> problems)
    {
        if (!root.TryGetProperty(field, out var value))
        {
            return fallback;
        }

        if (value.ValueKind != JsonValueKind.True && value.ValueKind != JsonValueKind.False)
        {
            problems.Add($"{field}: {Quoting.Value(value.GetRawText())} is not true or false.");
            return fallback;
        }

        return value.GetBoolean();
    }

    private static string ReadString(JsonElement root, string field, string fallback, List<string> problems)
    {
        if (!root.TryGetProperty(field, out var value))
        {
            return fallback;
        }

        if (value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(value.GetString()))
        {
            problems.Add($"{field}: {Quoting.Value(value.GetRawText())} is not a non-empty string.");
            return fallback;
        }

        var text = value.GetString()!;
        if (text.Length > MaxTextLength || Quoting.HasInvisible(text))
        {
            problems.Add(string.Format(CultureInfo.InvariantCulture,
                "{0}: '{1}' is {2:N0} characters{3}; a name or label is at most {4} characters of visible text, as reports print it whole.",
                field, Quoting.Value(text), text.Length, Quoting.HasInvisible(text) ? " and holds control or invisible characters" : string.Empty, MaxTextLength));
            return fallback;
        }

        return text;
    }
}
