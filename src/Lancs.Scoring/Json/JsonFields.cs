using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using Ardalis.SmartEnum;

namespace Lancs.Scoring.Json;

/// <summary>Reading a definition file field by field, adding every problem to a list that names the field's path, in the
/// manner of the policy file (docs/reliability.md).</summary>
internal static class JsonFields
{
    /// <summary>The longest name or label a definition may give: 200 characters of visible text, as reports print it whole.</summary>
    public const int MaxTextLength = 200;

    /// <summary>Parses a definition's text, or throws a <see cref="DefinitionException"/> saying why it cannot be read.</summary>
    public static JsonDocument Parse(string json, string definition, int maxLength)
    {
        Guard.NotNull(json);
        if (json.Length > maxLength)
        {
            throw new DefinitionException(definition, new[] { string.Format(CultureInfo.InvariantCulture,
                "(file): the {0} is {1:N0} characters long; it may be at most {2:N0} characters.", definition, json.Length, maxLength) });
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException ex)
        {
            throw new DefinitionException(definition, new[] { "(file): not valid JSON: " + ex.Message });
        }

        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            document.Dispose();
            throw new DefinitionException(definition, new[] { "(file): the " + definition + " must be a JSON object." });
        }

        return document;
    }

    /// <summary>Reports unknown fields and fields given twice; returns whether the element is an object at all.</summary>
    public static bool CheckObject(string path, JsonElement element, string[] known, List<string> problems)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            problems.Add(path + ": " + Raw(element) + " is not an object with the fields " + string.Join(", ", known) + ".");
            return false;
        }

        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            seen[property.Name] = seen.TryGetValue(property.Name, out var times) ? times + 1 : 1;
            if (System.Array.IndexOf(known, property.Name) < 0 && times == 0)
            {
                problems.Add(Join(path, Quoting.Value(Shortened(property.Name))) + ": unknown field; the fields are " + string.Join(", ", known) + ".");
            }
        }

        foreach (var field in seen.Where(f => f.Value > 1))
        {
            // JSON readers keep one of the values (System.Text.Json the last), so the file would not say what it seems to.
            problems.Add(string.Format(CultureInfo.InvariantCulture, "{0}: given {1} times; give each field once.", Join(path, Quoting.Value(Shortened(field.Key))), field.Value));
        }

        return true;
    }

    /// <summary>Reads a string field: <see langword="null"/> when absent (a problem when <paramref name="required"/>) or bad.</summary>
    public static string? Text(string path, JsonElement element, string field, bool required, List<string> problems)
    {
        if (!element.TryGetProperty(field, out var value))
        {
            if (required)
            {
                problems.Add(Join(path, field) + ": missing.");
            }

            return null;
        }

        if (value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(value.GetString()))
        {
            problems.Add(Join(path, field) + ": " + Raw(value) + " is not a non-empty string.");
            return null;
        }

        var text = value.GetString()!;
        if (text.Length > MaxTextLength || Quoting.HasInvisible(text))
        {
            problems.Add(string.Format(CultureInfo.InvariantCulture,
                "{0}: '{1}' is {2:N0} characters{3}; a name or label is at most {4} characters of visible text.",
                Join(path, field), Quoting.Value(text), text.Length, Quoting.HasInvisible(text) ? " and holds control or invisible characters" : string.Empty, MaxTextLength));
            return null;
        }

        return text;
    }

    /// <summary>Reads a number field: <see langword="null"/> when absent or bad.</summary>
    public static decimal? Number(string path, JsonElement element, string field, List<string> problems)
    {
        if (!element.TryGetProperty(field, out var value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetDecimal(out var number))
        {
            problems.Add(Join(path, field) + ": " + Raw(value) + " is not a number.");
            return null;
        }

        return number;
    }

    /// <summary>Reads a true or false field: <paramref name="fallback"/> when absent or bad.</summary>
    public static bool Boolean(string path, JsonElement element, string field, bool fallback, List<string> problems)
    {
        if (!element.TryGetProperty(field, out var value))
        {
            return fallback;
        }

        if (value.ValueKind != JsonValueKind.True && value.ValueKind != JsonValueKind.False)
        {
            problems.Add(Join(path, field) + ": " + Raw(value) + " is not true or false.");
            return fallback;
        }

        return value.GetBoolean();
    }

    /// <summary>Reads a vocabulary's name (ignoring case), or another spelling <paramref name="alias"/> accepts.</summary>
    public static T? Name<T>(string path, JsonElement element, string field, bool required, List<string> problems, Func<string, T?>? alias = null)
        where T : SmartEnum<T>
    {
        if (!element.TryGetProperty(field, out var value))
        {
            if (required)
            {
                problems.Add(Join(path, field) + ": missing; it is one of " + Names<T>() + ".");
            }

            return null;
        }

        return NameOf<T>(Join(path, field), value, problems, alias);
    }

    /// <summary>Reads a vocabulary's name from a value.</summary>
    public static T? NameOf<T>(string path, JsonElement value, List<string> problems, Func<string, T?>? alias = null)
        where T : SmartEnum<T>
    {
        if (value.ValueKind == JsonValueKind.String && value.GetString() is { } text)
        {
            if (SmartEnum<T>.TryFromName(text, ignoreCase: true, out var named))
            {
                return named;
            }

            if (alias?.Invoke(text) is { } other)
            {
                return other;
            }
        }

        problems.Add(path + ": " + Raw(value) + " is not one of " + Names<T>() + ".");
        return null;
    }

    /// <summary>Returns the elements of an array field, or none (with a problem) when it is not an array.</summary>
    public static IReadOnlyList<JsonElement> Array(string path, JsonElement element, string field, List<string> problems)
    {
        if (!element.TryGetProperty(field, out var value))
        {
            return System.Array.Empty<JsonElement>();
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            problems.Add(Join(path, field) + ": " + Raw(value) + " is not a list.");
            return System.Array.Empty<JsonElement>();
        }

        return value.EnumerateArray().ToList();
    }

    /// <summary>Returns a path to an item of a list: <c>indicators[2]</c>.</summary>
    public static string Item(string path, string field, int index) => string.Format(CultureInfo.InvariantCulture, "{0}[{1}]", Join(path, field), index);

    public static string Join(string path, string field) => path.Length == 0 ? field : path + "." + field;

    public static string Raw(JsonElement element) => Quoting.Value(element.GetRawText());

    private static string Names<T>()
        where T : SmartEnum<T> => string.Join(", ", SmartEnum<T>.List.OrderBy(e => e.Value).Select(e => e.Name));

    private static string Shortened(string text) => text.Length <= 60 ? text : text.Substring(0, 60) + "…";
}
