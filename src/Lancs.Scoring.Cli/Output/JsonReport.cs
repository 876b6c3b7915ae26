using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;
using Lancs.Scoring.Risk;

namespace Lancs.Scoring.Cli;

/// <summary>The whole result as JSON, for another program.</summary>
internal static class JsonReport
{
    public static void Write(RegisterResult result, IReadOnlyList<Rejection> problems, TextWriter output)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("quarter", result.Quarter.ToString());
            json.WriteString("policy", result.Policy.Name);
            json.WriteNumber("inclusionThreshold", result.Policy.InclusionThreshold);
            json.WriteStartArray("entries");
            foreach (var e in result.Entries)
            {
                json.WriteStartObject();
                json.WriteString("id", e.Entry.Id.Raw);
                json.WriteString("kind", e.Entry.Kind.Name);
                json.WriteNumber("inherent", e.Inherent.Value);
                if (e.Residual is { } residual)
                {
                    json.WriteNumber("residual", residual.Value);
                }

                json.WriteBoolean("onCorporateRegister", e.IsOnCorporateRegister);
                json.WriteString("reason", e.InclusionReason);
                json.WriteString("direction", e.Direction?.Name);
                json.WriteString("statedDirection", e.Stated.Raw);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            WriteList(json, "changes", result.Changes, c => (c.Id.Raw, c.Kind.Name, c.Reason));
            WriteList(json, "findings", result.Findings, f => (f.Id?.Raw, f.Kind.Name, f.Message));
            json.WriteStartArray("rejections");
            foreach (var r in problems)
            {
                WriteRejection(json, r);
            }

            foreach (var r in result.Rejections)
            {
                WriteRejection(json, r);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.WriteLine(Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static void WriteList<T>(Utf8JsonWriter json, string name, IEnumerable<T> items, System.Func<T, (string? Id, string Kind, string Text)> fields)
    {
        json.WriteStartArray(name);
        foreach (var item in items)
        {
            var (id, kind, text) = fields(item);
            json.WriteStartObject();
            json.WriteString("id", id);
            json.WriteString("kind", kind);
            json.WriteString("text", text);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteRejection(Utf8JsonWriter json, Rejection r)
    {
        json.WriteStartObject();
        json.WriteString("entry", r.Entry);
        json.WriteString("field", r.Field);
        json.WriteString("value", r.AttemptedValue);
        json.WriteString("reason", r.Reason);
        json.WriteEndObject();
    }
}
