using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Lancs.Scoring.Complaints;
using Lancs.Scoring.Kpi;
using Lancs.Scoring.Risk;

namespace Lancs.Scoring.Json;

/// <summary>Writes results in the JSON contract (docs/json.md) as it goes: entry by entry, never the whole document in memory.</summary>
/// <remarks>What it writes is exactly what <c>JsonSerializer</c> writes for <see cref="RegisterResultJson.From"/>,
/// <see cref="KpiScoreReportJson.From"/> and <see cref="ComplaintsJson.From"/> with <see cref="ScoringJsonContext"/>, so the
/// same context reads it back.</remarks>
public static class ScoringJson
{
    /// <summary>The bytes a writer may hold before they are handed to its stream.</summary>
    internal const int FlushAt = 32 * 1024;

    /// <summary>Writes a re-scored register as one JSON object, entry by entry.</summary>
    /// <param name="writer">The writer; it is flushed as the entries go, and at the end.</param>
    /// <param name="result">The result.</param>
    /// <param name="options">Explanations and input rejections, such as <see cref="ScoringJsonOptions.Default"/>.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static void Write(Utf8JsonWriter writer, RegisterResult result, ScoringJsonOptions options)
    {
        Guard.NotNull(writer);
        Guard.NotNull(result);
        Guard.NotNull(options);
        var context = ScoringJsonContext.Default;
        var quarter = (result.Quarter, result.Quarter.ToString());
        writer.WriteStartObject();
        writer.WriteString("quarter", quarter.Item2);
        writer.WritePropertyName("policy");
        using (var policy = JsonDocument.Parse(result.Policy.ToJson()))
        {
            policy.RootElement.WriteTo(writer);
        }

        var items = new RegisterItemWriter(writer, options.IncludeExplanations, quarter);
        WriteArray(writer, "entries", result.Entries, items.Entry);
        WriteArray(writer, "changes", result.Changes, items.Change);
        WriteArray(writer, "findings", result.Findings, items.Finding);
        WriteArray(writer, "rejections", RegisterShapes.Rejections(result, options), RejectionJson.From, context.RejectionJson);
        var appetite = result.Policy.Appetite;
        WriteArray(writer, "heatMaps", result.HeatMaps.All, m => items.HeatMap(m, appetite));
        writer.WriteEndObject();
        writer.Flush();
    }

    /// <summary>Writes a re-scored register to a stream as UTF-8 JSON, entry by entry.</summary>
    /// <param name="stream">The stream; left open.</param>
    /// <param name="result">The result.</param>
    /// <param name="options">Explanations, indenting and input rejections, such as <see cref="ScoringJsonOptions.Default"/>.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static void Write(Stream stream, RegisterResult result, ScoringJsonOptions options)
    {
        using var writer = For(stream, options);
        Write(writer, result, options);
    }

    /// <summary>Writes a batch of scored KPI observations as one JSON object, result by result.</summary>
    /// <param name="writer">The writer; it is flushed as the results go, and at the end.</param>
    /// <param name="report">The report.</param>
    /// <param name="catalogue">The name of the catalogue scored against, such as "papers" or a file's name.</param>
    /// <param name="options">Input rejections (<see cref="ScoringJsonOptions.Default"/>: none), written before the report's own.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static void Write(Utf8JsonWriter writer, KpiScoreReport report, string catalogue, ScoringJsonOptions options)
    {
        Guard.NotNull(writer);
        Guard.NotNull(report);
        Guard.NotNull(catalogue);
        var context = ScoringJsonContext.Default;
        writer.WriteStartObject();
        writer.WriteString("catalogue", catalogue);
        WriteArray(writer, "results", report.Results, KpiShapes.Result, context.KpiResultJson);
        WriteArray(writer, "rejections", Guard.NotNull(options).InputRejections.Concat(report.Rejections), RejectionJson.From, context.RejectionJson);
        writer.WriteEndObject();
        writer.Flush();
    }

    /// <summary>Writes a batch of scored KPI observations to a stream as UTF-8 JSON, result by result.</summary>
    /// <param name="stream">The stream; left open.</param>
    /// <param name="report">The report.</param>
    /// <param name="catalogue">The name of the catalogue scored against.</param>
    /// <param name="options">Indenting and input rejections, such as <see cref="ScoringJsonOptions.Default"/>.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static void Write(Stream stream, KpiScoreReport report, string catalogue, ScoringJsonOptions options)
    {
        using var writer = For(stream, options);
        Write(writer, report, catalogue, options);
    }

    /// <summary>Writes classified complaints as one JSON object: the reports with their outcome shares, the findings, the
    /// printed figures that do not add up and the rejected rows.</summary>
    /// <param name="writer">The writer; it is flushed as the items go, and at the end.</param>
    /// <param name="classification">The classification.</param>
    /// <param name="figureFindings">The printed figures that do not add up (<see cref="ComplaintClassifier.CheckPrintedFigures"/>); empty when none were checked.</param>
    /// <param name="options">Input rejections (<see cref="ScoringJsonOptions.Default"/>: none), written before the classification's own.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static void Write(Utf8JsonWriter writer, ComplaintClassification classification, IEnumerable<ReportFinding> figureFindings, ScoringJsonOptions options)
    {
        Guard.NotNull(writer);
        Guard.NotNull(classification);
        var context = ScoringJsonContext.Default;
        writer.WriteStartObject();
        WriteArray(writer, "reports", classification.Reports, ComplaintShapes.Report, context.ComplaintsReportJson);
        WriteArray(writer, "findings", classification.Findings, ComplaintShapes.Finding, context.ComplaintFindingJson);
        writer.WriteStartArray("figureFindings");
        foreach (var finding in Guard.NotNull(figureFindings))
        {
            writer.WriteStringValue(finding.Message);
        }

        writer.WriteEndArray();
        WriteArray(writer, "rejections", Guard.NotNull(options).InputRejections.Concat(classification.Rejections), RejectionJson.From, context.RejectionJson);
        writer.WriteEndObject();
        writer.Flush();
    }

    /// <summary>Writes classified complaints to a stream as UTF-8 JSON.</summary>
    /// <param name="stream">The stream; left open.</param>
    /// <param name="classification">The classification.</param>
    /// <param name="figureFindings">The printed figures that do not add up; empty when none were checked.</param>
    /// <param name="options">Indenting and input rejections, such as <see cref="ScoringJsonOptions.Default"/>.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static void Write(Stream stream, ComplaintClassification classification, IEnumerable<ReportFinding> figureFindings, ScoringJsonOptions options)
    {
        using var writer = For(stream, options);
        Write(writer, classification, figureFindings, options);
    }

    private static Utf8JsonWriter For(Stream stream, ScoringJsonOptions options) =>
        new(Guard.NotNull(stream), new JsonWriterOptions { Indented = Guard.NotNull(options).Indented });

    private static void WriteArray<TItem>(Utf8JsonWriter writer, string name, IReadOnlyList<TItem> items, Action<TItem> write)
    {
        writer.WriteStartArray(name);
        for (var i = 0; i < items.Count; i++)
        {
            write(items[i]);
            if (writer.BytesPending > FlushAt)
            {
                writer.Flush();
            }
        }

        writer.WriteEndArray();
    }

    private static void WriteArray<TItem, TJson>(Utf8JsonWriter writer, string name, IEnumerable<TItem> items, Func<TItem, TJson> shape, JsonTypeInfo<TJson> type)
    {
        writer.WriteStartArray(name);
        foreach (var item in items)
        {
            JsonSerializer.Serialize(writer, shape(item), type);
            if (writer.BytesPending > FlushAt)
            {
                writer.Flush();
            }
        }

        writer.WriteEndArray();
    }
}
