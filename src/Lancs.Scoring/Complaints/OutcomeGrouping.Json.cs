using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using Lancs.Scoring.Json;

namespace Lancs.Scoring.Complaints;

/// <summary>The grouping file format (docs/json.md): one object per stream with its stages and the group of each outcome.</summary>
/// <remarks>
/// <code>
/// { "streams": [ { "stream": "Corporate", "stages": [ "Informal", "Stage1" ],
///                  "outcomes": { "Upheld": "Justified", "ResolvedInformally": "NippedInTheBud" } } ] }
/// </code>
/// </remarks>
public sealed partial class OutcomeGrouping
{
    /// <summary>The longest grouping text <see cref="FromJson"/> reads: 1,048,576 characters.</summary>
    internal const int MaxJsonLength = 1 << 20;

    private const string Definition = "outcome grouping";

    private static readonly string[] RootFields = { "streams" };
    private static readonly string[] StreamFields = { "stream", "stages", "outcomes" };

    /// <summary>Reads a grouping from JSON, checking every stream, stage, outcome and group and reporting all problems at once.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The grouping: only the streams, stages and outcomes it lists are allowed.</returns>
    /// <exception cref="DefinitionException">The JSON is malformed or longer than 1,048,576 characters, or a field is unknown,
    /// given twice or missing, or a stream, stage, outcome or group is not one of the library's names; each problem names its
    /// field, such as <c>streams[4].outcomes.Upheld</c>.</exception>
    public static OutcomeGrouping FromJson(string json)
    {
        using var document = JsonFields.Parse(json, Definition, MaxJsonLength);
        var root = document.RootElement;
        var problems = new List<string>();
        JsonFields.CheckObject(string.Empty, root, RootFields, problems);
        if (!root.TryGetProperty("streams", out _))
        {
            problems.Add("streams: missing; list each stream with its stages and the group of each outcome.");
        }

        var entries = new Dictionary<int, GroupingEntry>();
        var stages = new Dictionary<ComplaintStream, HashSet<ComplaintStage>>();
        var items = JsonFields.Array(string.Empty, root, "streams", problems);
        for (var i = 0; i < items.Count; i++)
        {
            var path = JsonFields.Item(string.Empty, "streams", i);
            var item = items[i];
            if (!JsonFields.CheckObject(path, item, StreamFields, problems))
            {
                continue;
            }

            var stream = JsonFields.Name<ComplaintStream>(path, item, "stream", required: true, problems);
            if (stream is not null && stages.ContainsKey(stream))
            {
                problems.Add(path + ".stream: '" + stream.Name + "' is listed twice; give each stream once.");
                stream = null;
            }

            var allowed = new HashSet<ComplaintStage>();
            var stageItems = JsonFields.Array(path, item, "stages", problems);
            for (var k = 0; k < stageItems.Count; k++)
            {
                var stagePath = JsonFields.Item(path, "stages", k);
                if (JsonFields.NameOf<ComplaintStage>(stagePath, stageItems[k], problems) is { } stage && !allowed.Add(stage))
                {
                    problems.Add(stagePath + ": '" + stage.Name + "' is listed twice.");
                }
            }

            if (!item.TryGetProperty("stages", out _))
            {
                problems.Add(path + ".stages: missing; list the stages of the stream's procedure, such as [ \"Stage0\", \"Formal\" ].");
            }

            if (stream is not null)
            {
                stages.Add(stream, allowed);
            }

            ReadOutcomes(path, item, stream, entries, problems);
        }

        if (problems.Count > 0)
        {
            throw new DefinitionException(Definition, problems);
        }

        return new OutcomeGrouping(entries, stages);
    }

    /// <summary>Writes the grouping as JSON in the format <see cref="FromJson"/> reads: streams, stages and outcomes by value.</summary>
    /// <returns>Indented JSON.</returns>
    public string ToJson()
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("streams");
            var streams = _stages.Keys.Concat(_entries.Values.Select(e => e.Stream)).Distinct().OrderBy(s => s.Value);
            foreach (var complaintStream in streams)
            {
                writer.WriteStartObject();
                writer.WriteString("stream", complaintStream.Name);
                writer.WriteStartArray("stages");
                foreach (var stage in _stages.TryGetValue(complaintStream, out var allowed) ? allowed.OrderBy(s => s.Value) : Enumerable.Empty<ComplaintStage>())
                {
                    writer.WriteStringValue(stage.Name);
                }

                writer.WriteEndArray();
                writer.WriteStartObject("outcomes");
                foreach (var entry in Entries.Where(e => e.Stream == complaintStream))
                {
                    writer.WriteString(entry.Outcome.Name, entry.Group.Name);
                }

                writer.WriteEndObject();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void ReadOutcomes(string path, JsonElement item, ComplaintStream? stream, Dictionary<int, GroupingEntry> entries, List<string> problems)
    {
        var field = path + ".outcomes";
        if (!item.TryGetProperty("outcomes", out var outcomes))
        {
            problems.Add(field + ": missing; give the group of each outcome, such as { \"Upheld\": \"Justified\" }.");
            return;
        }

        if (outcomes.ValueKind != JsonValueKind.Object)
        {
            problems.Add(field + ": " + JsonFields.Raw(outcomes) + " is not an object such as { \"Upheld\": \"Justified\" }.");
            return;
        }

        var seen = new HashSet<ComplaintOutcome>();
        foreach (var property in outcomes.EnumerateObject())
        {
            var at = field + "." + Quoting.Value(property.Name);
            if (!ComplaintOutcome.TryFromName(property.Name, ignoreCase: true, out var outcome))
            {
                problems.Add(at + ": unknown outcome; the outcomes are " + string.Join(", ", ComplaintOutcome.List.OrderBy(o => o.Value).Select(o => o.Name)) + ".");
                continue;
            }

            var group = JsonFields.NameOf<OutcomeGroup>(at, property.Value, problems);
            if (!seen.Add(outcome))
            {
                problems.Add(at + ": given twice; give each outcome once.");
                continue;
            }

            if (stream is not null && group is not null)
            {
                var entry = new GroupingEntry(stream, outcome, group);
                entries[entry.Key] = entry;
            }
        }
    }
}
