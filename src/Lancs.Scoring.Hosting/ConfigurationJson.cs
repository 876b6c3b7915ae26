using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Configuration;

namespace Lancs.Scoring.Hosting;

/// <summary>Turns a configuration section back into the JSON object it stands for, so that a policy bound from
/// configuration is read by the same <c>FromJson</c> as a policy file, with the same messages.</summary>
/// <remarks>Configuration keeps every value as text, and arrays as children named 0, 1, 2, ...: a section whose children
/// are so named becomes an array; a value that reads as true or false becomes a boolean, one that reads as a number a
/// number, unless its key (or, in an array, the array's key) is a text field; everything else is a string. Keys are
/// matched to the known field names whatever their case (an environment variable
/// <c>Lancs__Scoring__Policy__InclusionThreshold</c> gives the key "InclusionThreshold"); an unknown key is kept as it
/// is, for <c>FromJson</c> to report.</remarks>
public static class ConfigurationJson
{
    /// <summary>The field names of the policy file (docs/register.md), with those whose values are text.</summary>
    public static readonly IReadOnlyList<string> PolicyFields = new[]
    {
        "name", "inclusionThreshold", "matching", "descriptionSimilarity", "corporateRegisterLabel", "serviceRegisterLabel",
        "riskHigherIsBetter", "opportunityHigherIsBetter", "zones", "appetite", "colour", "cells", "scores", "from", "to", "risk", "opportunity",
        "idPattern", "kindFrom",
    };

    /// <summary>The policy fields whose values (or array items) are always text.</summary>
    public static readonly IReadOnlyList<string> PolicyTextFields = new[]
    {
        "name", "matching", "corporateRegisterLabel", "serviceRegisterLabel", "colour", "cells", "risk", "opportunity", "idPattern", "kindFrom",
    };

    /// <summary>The JSON object a section stands for.</summary>
    /// <param name="section">The section, for example <c>configuration.GetSection("Lancs:Scoring:Policy")</c>.</param>
    /// <param name="fields">The known field names, matched whatever their case; <see langword="null"/> for <see cref="PolicyFields"/>.</param>
    /// <param name="textFields">The fields whose values are text; <see langword="null"/> for <see cref="PolicyTextFields"/>.</param>
    /// <returns>The JSON text; "{}" for an empty or missing section.</returns>
    public static string Write(IConfiguration section, IEnumerable<string>? fields = null, IEnumerable<string>? textFields = null)
    {
        if (section is null)
        {
            throw new ArgumentNullException(nameof(section));
        }

        var names = (fields ?? PolicyFields).ToDictionary(f => f, f => f, StringComparer.OrdinalIgnoreCase);
        var text = new HashSet<string>(textFields ?? PolicyTextFields, StringComparer.OrdinalIgnoreCase);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            WriteObject(writer, section.GetChildren().ToList(), names, text);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteObject(Utf8JsonWriter writer, List<IConfigurationSection> children, Dictionary<string, string> names, HashSet<string> text)
    {
        writer.WriteStartObject();
        foreach (var child in children)
        {
            writer.WritePropertyName(names.TryGetValue(child.Key, out var known) ? known : child.Key);
            WriteValue(writer, child, text.Contains(child.Key), names, text);
        }

        writer.WriteEndObject();
    }

    private static void WriteValue(Utf8JsonWriter writer, IConfigurationSection section, bool isText, Dictionary<string, string> names, HashSet<string> text)
    {
        var children = section.GetChildren().ToList();
        if (children.Count == 0)
        {
            WriteLeaf(writer, section.Value, isText);
        }
        else if (IsArray(children))
        {
            writer.WriteStartArray();
            foreach (var item in children.OrderBy(c => int.Parse(c.Key, CultureInfo.InvariantCulture)))
            {
                WriteValue(writer, item, isText, names, text);
            }

            writer.WriteEndArray();
        }
        else
        {
            WriteObject(writer, children, names, text);
        }
    }

    private static void WriteLeaf(Utf8JsonWriter writer, string? value, bool isText)
    {
        if (value is null)
        {
            writer.WriteNullValue();
        }
        else if (!isText && bool.TryParse(value, out var flag))
        {
            writer.WriteBooleanValue(flag);
        }
        else if (!isText && value.Trim().Length > 0 && decimal.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _)
            && IsJsonNumber(value.Trim()))
        {
            using var number = JsonDocument.Parse(value.Trim());
            number.RootElement.WriteTo(writer);
        }
        else
        {
            writer.WriteStringValue(value);
        }
    }

    private static bool IsJsonNumber(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.ValueKind == JsonValueKind.Number;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static bool IsArray(List<IConfigurationSection> children)
    {
        var indexes = new List<int>();
        foreach (var child in children)
        {
            if (!int.TryParse(child.Key, NumberStyles.None, CultureInfo.InvariantCulture, out var index))
            {
                return false;
            }

            indexes.Add(index);
        }

        indexes.Sort();
        return indexes.Select((n, i) => n == i).All(x => x);
    }
}
