using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using Lancs.Scoring.Risk;

namespace Lancs.Scoring.Json;

/// <summary>Writes a register's entries, changes and findings straight to a <see cref="Utf8JsonWriter"/>: the bytes
/// <c>JsonSerializer</c> writes for the DTOs <see cref="RegisterShapes"/> makes (<see cref="EntryJson"/>,
/// <see cref="ChangeJson"/>, <see cref="FindingJson"/>), field by field in their order, with their camel-case names and
/// leaving out what they leave out (a field without a value), but without making a DTO and a sentence for each item.</summary>
/// <remarks><para>Making the DTOs was half of what writing a 1,000,000-entry register cost in time and most of what it
/// allocated. A field added to one of these DTOs must be added here too; the JSON tests compare what this writes with
/// <c>JsonSerializer</c>'s output for <see cref="RegisterResultJson.From"/> on 300 generated registers and with the pinned
/// sample (docs/json/register-sample.json).</para>
/// <para>Names are encoded once, with the default encoder, as the source-generated context encodes its own.</para></remarks>
internal sealed class RegisterItemWriter
{
    private static readonly JsonEncodedText Id = JsonEncodedText.Encode("id");
    private static readonly JsonEncodedText PreviousId = JsonEncodedText.Encode("previousId");
    private static readonly JsonEncodedText Kind = JsonEncodedText.Encode("kind");
    private static readonly JsonEncodedText Text = JsonEncodedText.Encode("text");
    private static readonly JsonEncodedText Quarter = JsonEncodedText.Encode("quarter");
    private static readonly JsonEncodedText Description = JsonEncodedText.Encode("description");
    private static readonly JsonEncodedText Inherent = JsonEncodedText.Encode("inherent");
    private static readonly JsonEncodedText Residual = JsonEncodedText.Encode("residual");
    private static readonly JsonEncodedText Target = JsonEncodedText.Encode("target");
    private static readonly JsonEncodedText InherentCell = JsonEncodedText.Encode("inherentCell");
    private static readonly JsonEncodedText ResidualCell = JsonEncodedText.Encode("residualCell");
    private static readonly JsonEncodedText TargetCell = JsonEncodedText.Encode("targetCell");
    private static readonly JsonEncodedText Impact = JsonEncodedText.Encode("impact");
    private static readonly JsonEncodedText Likelihood = JsonEncodedText.Encode("likelihood");
    private static readonly JsonEncodedText AppetiteZone = JsonEncodedText.Encode("appetiteZone");
    private static readonly JsonEncodedText OnCorporateRegister = JsonEncodedText.Encode("onCorporateRegister");
    private static readonly JsonEncodedText Reason = JsonEncodedText.Encode("reason");
    private static readonly JsonEncodedText Direction = JsonEncodedText.Encode("direction");
    private static readonly JsonEncodedText Previous = JsonEncodedText.Encode("previous");
    private static readonly JsonEncodedText StatedDirection = JsonEncodedText.Encode("statedDirection");
    private static readonly JsonEncodedText StatedDirectionRead = JsonEncodedText.Encode("statedDirectionRead");
    private static readonly JsonEncodedText StatedDirectionReading = JsonEncodedText.Encode("statedDirectionReading");
    private static readonly JsonEncodedText Explanation = JsonEncodedText.Encode("explanation");
    private static readonly JsonEncodedText Assessment = JsonEncodedText.Encode("assessment");
    private static readonly JsonEncodedText Total = JsonEncodedText.Encode("total");
    private static readonly JsonEncodedText Cells = JsonEncodedText.Encode("cells");
    private static readonly JsonEncodedText Score = JsonEncodedText.Encode("score");
    private static readonly JsonEncodedText Count = JsonEncodedText.Encode("count");
    private static readonly JsonEncodedText Ids = JsonEncodedText.Encode("ids");
    private static readonly JsonEncodedText ByScore = JsonEncodedText.Encode("byScore");
    private static readonly JsonEncodedText Unplaced = JsonEncodedText.Encode("unplaced");

    private readonly Utf8JsonWriter _writer;
    private readonly bool _explanations;
    private readonly (Quarter Quarter, string Text) _quarter;
    private (Quarter Quarter, string Text)? _previousQuarter;
    private char[] _sentence = new char[256];

    /// <param name="writer">The writer.</param>
    /// <param name="explanations">Whether to write each entry's explanation.</param>
    /// <param name="quarter">The register's quarter and its text, written for every entry of that quarter.</param>
    public RegisterItemWriter(Utf8JsonWriter writer, bool explanations, (Quarter Quarter, string Text) quarter)
    {
        _writer = writer;
        _explanations = explanations;
        _quarter = quarter;
    }

    /// <summary>Writes what <see cref="RegisterShapes.Entry"/> makes.</summary>
    public void Entry(EntryResult e)
    {
        var w = _writer;
        var entry = e.Entry;
        w.WriteStartObject();
        String(Id, entry.Id.Raw);
        String(Kind, entry.Kind.Name);
        String(Quarter, entry.Quarter == _quarter.Quarter ? _quarter.Text : entry.Quarter.ToString());
        String(Description, entry.Description);
        w.WriteNumber(Inherent, e.Inherent.Value);
        Number(Residual, e.Residual?.Value);
        Number(Target, e.Target?.Value);
        Cell(InherentCell, entry.Inherent, entry.Kind);
        Cell(ResidualCell, entry.Residual, entry.Kind);
        Cell(TargetCell, entry.Target, entry.Kind);
        String(AppetiteZone, e.AppetiteZone?.Name);
        w.WriteBoolean(OnCorporateRegister, e.IsOnCorporateRegister);
        String(Reason, e.InclusionReason);
        String(Direction, e.Direction?.Name);
        if (e.Movement?.Previous is { } previous)
        {
            w.WriteStartObject(Previous);
            String(Id, previous.Id.Raw);
            String(Quarter, PreviousQuarterText(previous.Quarter));
            w.WriteNumber(Residual, previous.JudgedScore.Value);
            w.WriteEndObject();
        }

        String(StatedDirection, e.Stated.Raw);
        String(StatedDirectionRead, e.Stated.Normalised?.Name);
        String(StatedDirectionReading, e.Stated.Reading.Name);
        if (_explanations)
        {
            w.WritePropertyName(Explanation);
            JsonSerializer.Serialize(w, e.ExplanationStepsUncached().Select(ExplanationStepJson.From).ToList(), ScoringJsonContext.Default.IReadOnlyListExplanationStepJson);
        }

        w.WriteEndObject();
    }

    /// <summary>Writes what <see cref="RegisterShapes.Change"/> makes.</summary>
    public void Change(RegisterChange c)
    {
        _writer.WriteStartObject();
        String(Id, c.Id.Raw);
        String(PreviousId, c.PreviousId?.Raw);
        String(Kind, c.Kind.Name);
        Sentence(Text, c.Wording);
        _writer.WriteEndObject();
    }

    /// <summary>Writes what <see cref="RegisterShapes.Finding"/> makes.</summary>
    public void Finding(Finding f)
    {
        _writer.WriteStartObject();
        String(Id, f.Id?.Raw);
        String(PreviousId, f.PreviousId?.Raw);
        String(Kind, f.Kind.Name);
        Sentence(Text, f.Wording);
        _writer.WriteEndObject();
    }

    /// <summary>Writes what <see cref="RegisterShapes.HeatMap"/> makes, handing the bytes on to the stream within its id
    /// lists: a map of a large register lists every id, and holding one whole (about 15 MB for 1,000,000 entries) made the
    /// writer grow its buffer again and again.</summary>
    public void HeatMap(EntryHeatMap map, RiskAppetite appetite)
    {
        var w = _writer;
        w.WriteStartObject();
        String(Kind, map.Kind.Name);
        String(Assessment, map.AssessmentKind.ToString().ToLowerInvariant());
        w.WriteNumber(Total, map.Total);
        w.WriteStartArray(Cells);
        foreach (var c in map.Cells)
        {
            if (c.Count == 0)
            {
                continue;
            }

            w.WriteStartObject();
            String(Impact, c.ImpactLabel);
            String(Likelihood, c.Cell.Likelihood.Name);
            w.WriteNumber(Score, c.Cell.Score.Value);
            w.WriteNumber(Count, c.Count);
            IdList(Ids, c.Ids);
            String(AppetiteZone, appetite.Zones.FirstOrDefault(z => z.Contains(c.Cell))?.Name);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray(ByScore);
        foreach (var score in RiskScore.All)
        {
            if (map.CountOfScore(score) == 0)
            {
                continue;
            }

            w.WriteStartObject();
            w.WriteNumber(Score, score.Value);
            w.WriteNumber(Count, map.CountOfScore(score));
            IdList(Ids, map.IdsOfScore(score));
            w.WriteEndObject();
        }

        w.WriteEndArray();
        IdList(Unplaced, map.Unplaced);
        w.WriteEndObject();
    }

    private void IdList(JsonEncodedText name, IReadOnlyList<EntryId> ids)
    {
        _writer.WriteStartArray(name);
        for (var i = 0; i < ids.Count; i++)
        {
            _writer.WriteStringValue(ids[i].Raw);
            if (_writer.BytesPending > ScoringJson.FlushAt)
            {
                _writer.Flush();
            }
        }

        _writer.WriteEndArray();
    }

    /// <summary>The previous quarter's text, made once while the entries' predecessors are of one quarter.</summary>
    private string PreviousQuarterText(Quarter quarter)
    {
        if (_previousQuarter is not { } known || known.Quarter != quarter)
        {
            known = (quarter, quarter.ToString());
            _previousQuarter = known;
        }

        return known.Text;
    }

    /// <summary>A string field, left out when it has no value, as <c>JsonIgnoreCondition.WhenWritingNull</c> leaves it.</summary>
    private void String(JsonEncodedText name, string? value)
    {
        if (value is not null)
        {
            _writer.WriteString(name, value);
        }
    }

    /// <summary>Writes a finding's or change's sentence from a reused buffer, without making it a string.</summary>
    private void Sentence(JsonEncodedText name, Sentence sentence)
    {
        var length = sentence.CopyTo(ref _sentence);
        _writer.WriteString(name, new System.ReadOnlySpan<char>(_sentence, 0, length));
    }

    private void Number(JsonEncodedText name, int? value)
    {
        if (value is { } number)
        {
            _writer.WriteNumber(name, number);
        }
    }

    private void Cell(JsonEncodedText name, Assessment? assessment, RegisterKind kind)
    {
        if (assessment?.Impact is { } impact && assessment.Likelihood is { } likelihood)
        {
            _writer.WriteStartObject(name);
            String(Impact, impact.LabelFor(kind));
            String(Likelihood, likelihood.Name);
            _writer.WriteEndObject();
        }
    }
}
