using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using Lancs.Scoring.Complaints;
using Lancs.Scoring.Kpi;
using Lancs.Scoring.Risk;

namespace Lancs.Scoring.Cli;

/// <summary>Every command's result as JSON, for another program: one method per command, each writing with a
/// <see cref="Utf8JsonWriter"/> as it goes.</summary>
internal static class JsonReport
{
    /// <summary>rescore: the whole result.</summary>
    public static void Rescore(RegisterResult result, IReadOnlyList<Rejection> problems, TextWriter output) => Write(output, json =>
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

                if (e.Target is { } target)
                {
                    json.WriteNumber("target", target.Value);
                }

                WriteCell(json, "inherentCell", e.Entry.Inherent, e.Entry.Kind);
                WriteCell(json, "residualCell", e.Entry.Residual, e.Entry.Kind);
                WriteCell(json, "targetCell", e.Entry.Target, e.Entry.Kind);
                if (result.Policy.Appetite.HasZones)
                {
                    json.WriteString("appetiteZone", e.AppetiteZone?.Name);
                }

                json.WriteBoolean("onCorporateRegister", e.IsOnCorporateRegister);
                json.WriteString("reason", e.InclusionReason);
                json.WriteString("direction", e.Direction?.Name);
                if (e.Movement?.Previous is { } previous)
                {
                    json.WriteStartObject("previous");
                    json.WriteString("id", previous.Id.Raw);
                    json.WriteString("quarter", previous.Quarter.ToString());
                    json.WriteNumber("residual", previous.JudgedScore.Value);
                    json.WriteEndObject();
                }
                else
                {
                    json.WriteNull("previous");
                }

                json.WriteString("statedDirection", e.Stated.Raw);
                json.WriteString("statedDirectionRead", e.Stated.Normalised?.Name);
                json.WriteString("statedDirectionReading", e.Stated.Reading.Name);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            WriteList(json, "changes", result.Changes, c => (c.Id.Raw, c.PreviousId?.Raw, c.Kind.Name, c.Reason));
            WriteList(json, "findings", result.Findings, f => (f.Id?.Raw, f.PreviousId?.Raw, f.Kind.Name, f.Message));
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
            WriteHeatMaps(json, result);
            json.WriteEndObject();
    });

    /// <summary>explain: each entry of the id, with its scores, findings and the rules' sentences.</summary>
    public static void Explain(IReadOnlyList<EntryResult> entries, TextWriter output) => Write(output, json =>
    {
        json.WriteStartObject();
        json.WriteStartArray("entries");
        foreach (var e in entries)
        {
            json.WriteStartObject();
            json.WriteString("id", e.Entry.Id.Raw);
            json.WriteString("quarter", e.Entry.Quarter.ToString());
            json.WriteString("kind", e.Entry.Kind.Name);
            json.WriteString("description", e.Entry.Description);
            json.WriteNumber("inherent", e.Inherent.Value);
            if (e.Residual is { } residual)
            {
                json.WriteNumber("residual", residual.Value);
            }

            json.WriteBoolean("onCorporateRegister", e.IsOnCorporateRegister);
            json.WriteString("reason", e.InclusionReason);
            json.WriteString("direction", e.Direction?.Name);
            json.WriteString("statedDirection", e.Stated.Raw);
            json.WriteStartArray("findings");
            foreach (var finding in e.Findings)
            {
                json.WriteStringValue(finding.ToString());
            }

            json.WriteEndArray();
            json.WriteStartArray("explanation");
            foreach (var sentence in e.Explanation)
            {
                json.WriteStringValue(sentence);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    });

    /// <summary>diff: the two policies and each section's differences.</summary>
    public static void Diff(PolicyDifferences differences, TextWriter output) => Write(output, json =>
    {
        json.WriteStartObject();
        json.WriteString("quarter", differences.Before.Quarter.ToString());
        json.WriteString("before", differences.Before.Policy.Name);
        json.WriteString("after", differences.After.Policy.Name);
        json.WriteNumber("onRegisterBefore", differences.Before.CorporateRegister.Count);
        json.WriteNumber("onRegisterAfter", differences.After.CorporateRegister.Count);
        foreach (var (_, key, lines) in differences.Sections)
        {
            json.WriteStartArray(key);
            foreach (var line in lines)
            {
                json.WriteStringValue(line);
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    });

    /// <summary>kpi: each observation's band, movement, directions, target and comparisons, then the rejected rows.</summary>
    public static void Kpi(KpiScoreReport report, IReadOnlyList<Rejection> problems, TextWriter output) => Write(output, json =>
    {
        json.WriteStartObject();
        json.WriteStartArray("results");
        foreach (var r in report.Results)
        {
            json.WriteStartObject();
            json.WriteString("indicator", r.Indicator.Code);
            json.WriteString("period", r.Observation.Period.Label);
            if (r.Observation.Value is { } value)
            {
                json.WriteNumber("value", value);
            }
            else
            {
                json.WriteNull("value");
            }

            json.WriteString("band", r.Band?.Name);
            json.WriteString("status", r.Assignment.Status.Name);
            json.WriteString("reason", r.Assignment.Reason);
            json.WriteString("movement", r.Movement.Name);
            json.WriteString("direction", r.Direction.Name);
            json.WriteString("yearOnYear", r.LongTermDirection.Name);
            json.WriteString("target", r.Target.Name);
            json.WriteStartArray("comparisons");
            foreach (var c in r.Comparisons)
            {
                json.WriteStringValue(c.ToString());
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        WriteRejections(json, problems.Concat(report.Rejections));
        json.WriteEndObject();
    });

    /// <summary>complaints: each stream's figures per financial year, the deadline findings, then the rejected rows.</summary>
    public static void Complaints(ComplaintClassification result, IReadOnlyList<Rejection> problems, TextWriter output) => Write(output, json =>
    {
        json.WriteStartObject();
        json.WriteStartArray("reports");
        foreach (var report in result.Reports)
        {
            json.WriteStartObject();
            json.WriteNumber("financialYear", report.FinancialYear);
            json.WriteString("stream", report.Stream.Label);
            json.WriteBoolean("hasOwnComplaints", report.HasOwnComplaints);
            json.WriteNumber("received", report.Received);
            json.WriteNumber("closedWithOutcome", report.ClosedWithOutcome);
            json.WriteNumber("open", report.Open);
            json.WriteStartArray("outcomes");
            foreach (var group in report.Groups)
            {
                json.WriteStartObject();
                json.WriteString("group", group.Label);
                json.WriteString("share", report.ShareOf(group).ToString());
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteString("stage0", report.Stage0.ToString());
            json.WriteString("timescaleExceeded", report.TimescaleExceeded.ToString());
            json.WriteString("deadlineMissed", report.DeadlineMissed.ToString());
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("findings");
        foreach (var finding in result.Findings)
        {
            json.WriteStartObject();
            json.WriteString("kind", finding.Kind.ToString());
            json.WriteString("text", finding.Message);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        WriteRejections(json, problems.Concat(result.Rejections));
        json.WriteEndObject();
    });

    private static void Write(TextWriter output, System.Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            write(json);
        }

        output.WriteLine(Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static void WriteRejections(Utf8JsonWriter json, IEnumerable<Rejection> rejections)
    {
        json.WriteStartArray("rejections");
        foreach (var r in rejections)
        {
            WriteRejection(json, r);
        }

        json.WriteEndArray();
    }

    /// <summary>The cell of a known assessment, with the kind's impact label ("Outstanding" for an opportunity's impact 5);
    /// nothing for a bare score.</summary>
    private static void WriteCell(Utf8JsonWriter json, string name, Assessment? assessment, RegisterKind kind)
    {
        if (assessment?.Impact is not { } impact || assessment.Likelihood is not { } likelihood)
        {
            return;
        }

        json.WriteStartObject(name);
        json.WriteString("impact", impact.LabelFor(kind));
        json.WriteString("likelihood", likelihood.Name);
        json.WriteEndObject();
    }

    /// <summary>The six heat maps (risks and opportunities, each inherent, residual and target): occupied cells and scores
    /// with their entries' ids, and the ids of bare scores.</summary>
    private static void WriteHeatMaps(Utf8JsonWriter json, RegisterResult result)
    {
        var appetite = result.Policy.Appetite;
        json.WriteStartArray("heatMaps");
        foreach (var map in result.HeatMaps.All)
        {
            json.WriteStartObject();
            json.WriteString("kind", map.Kind.Name);
            json.WriteString("assessment", map.AssessmentKind.ToString().ToLowerInvariant());
            json.WriteNumber("total", map.Total);
            json.WriteStartArray("cells");
            foreach (var cell in map.Cells.Where(c => c.Count > 0))
            {
                json.WriteStartObject();
                json.WriteString("impact", cell.ImpactLabel);
                json.WriteString("likelihood", cell.Cell.Likelihood.Name);
                json.WriteNumber("score", cell.Cell.Score.Value);
                json.WriteNumber("count", cell.Count);
                WriteIds(json, "ids", cell.Ids);
                if (appetite.HasZones)
                {
                    json.WriteString("appetiteZone", appetite.Zones.FirstOrDefault(z => z.Contains(cell.Cell))?.Name);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("byScore");
            foreach (var score in RiskScore.All.Where(s => map.CountOfScore(s) > 0))
            {
                json.WriteStartObject();
                json.WriteNumber("score", score.Value);
                json.WriteNumber("count", map.CountOfScore(score));
                WriteIds(json, "ids", map.IdsOfScore(score));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            WriteIds(json, "unplaced", map.Unplaced);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteIds(Utf8JsonWriter json, string name, IEnumerable<EntryId> ids)
    {
        json.WriteStartArray(name);
        foreach (var id in ids)
        {
            json.WriteStringValue(id.Raw);
        }

        json.WriteEndArray();
    }

    private static void WriteList<T>(Utf8JsonWriter json, string name, IEnumerable<T> items, System.Func<T, (string? Id, string? PreviousId, string Kind, string Text)> fields)
    {
        json.WriteStartArray(name);
        foreach (var item in items)
        {
            var (id, previousId, kind, text) = fields(item);
            json.WriteStartObject();
            json.WriteString("id", id);
            if (previousId is not null)
            {
                json.WriteString("previousId", previousId); // a renumbering: the entry's id in the previous quarter
            }

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
        json.WriteString("value", r.AttemptedValue is null ? null : Quoted.Clip(r.AttemptedValue));
        json.WriteString("reason", r.Reason);
        json.WriteEndObject();
    }
}
