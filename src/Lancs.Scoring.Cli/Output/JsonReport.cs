using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using Lancs.Scoring.Complaints;
using Lancs.Scoring.Json;
using Lancs.Scoring.Kpi;
using Lancs.Scoring.Risk;

namespace Lancs.Scoring.Cli;

/// <summary>Every command's result in the library's JSON contract (docs/json.md): one writer, the library's, streamed to
/// the output as it goes. The rows the command line itself rejected are written before the result's own.</summary>
internal static class JsonReport
{
    /// <summary>The line end <see cref="TextWriter.WriteLine()"/> writes after a document, as UTF-8.</summary>
    private static readonly byte[] NewLine = new UTF8Encoding(false).GetBytes(Environment.NewLine);

    /// <summary>rescore: the whole result, without the explanations (<c>explain</c> gives an entry's, rule by rule): with them
    /// a 1,000,000-entry register writes about 5 GB instead of about 0.7 GB.</summary>
    /// <remarks>To a file the writer's UTF-8 goes straight to it; only standard output (a text writer, perhaps a test's) has
    /// the bytes turned into characters and back, which for a 1,000,000-entry register's 0.9 GB cost about half a second.</remarks>
    public static void Rescore(RegisterResult result, IReadOnlyList<Rejection> problems, string? outputPath, RunContext run)
    {
        var options = new ScoringJsonOptions { Indented = true, InputRejections = problems, IncludeExplanations = false };
        if (outputPath is null)
        {
            ReportOutput.Text(null, run, output => Write(output, stream => ScoringJson.Write(stream, result, options)));
            return;
        }

        ReportOutput.Binary(outputPath, run, "json", stream =>
        {
            ScoringJson.Write(stream, result, options);
            stream.Write(NewLine, 0, NewLine.Length);
        });
    }

    /// <summary>explain: the entries of the id, as the contract writes an entry, with their explanation steps.</summary>
    public static void Explain(RegisterResult result, IReadOnlyList<EntryResult> entries, TextWriter output) => Write(output, stream =>
    {
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteString("quarter", result.Quarter.ToString());
        json.WritePropertyName("entries");
        JsonSerializer.Serialize(json, entries.Select(e => EntryJson.From(e)).ToList(), ScoringJsonContext.Default.IReadOnlyListEntryJson);
        json.WriteEndObject();
    });

    /// <summary>diff: the comparison of the two policies.</summary>
    public static void Diff(PolicyComparison comparison, TextWriter output) =>
        output.WriteLine(JsonSerializer.Serialize(PolicyComparisonJson.From(comparison), ScoringJsonContext.Default.PolicyComparisonJson));

    /// <summary>kpi: each observation's band, movement, directions, target and comparisons, then the rejected rows.</summary>
    public static void Kpi(KpiScoreReport report, string catalogue, IReadOnlyList<Rejection> problems, TextWriter output) =>
        Write(output, stream => ScoringJson.Write(stream, report, catalogue, Options(problems)));

    /// <summary>complaints: each stream's figures per financial year, the deadline findings, then the rejected rows.</summary>
    public static void Complaints(ComplaintClassification result, IEnumerable<ReportFinding> figureFindings, IReadOnlyList<Rejection> problems, TextWriter output) =>
        Write(output, stream => ScoringJson.Write(stream, result, figureFindings, Options(problems)));

    private static ScoringJsonOptions Options(IReadOnlyList<Rejection> problems) => new() { Indented = true, InputRejections = problems };

    private static void Write(TextWriter output, Action<Stream> write)
    {
        using (var stream = new TextWriterStream(output))
        {
            write(stream);
        }

        output.WriteLine();
    }
}
