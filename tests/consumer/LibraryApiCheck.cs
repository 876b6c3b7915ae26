using System.Text.Json;
using Lancs.Scoring;
using Lancs.Scoring.Json;
using Lancs.Scoring.Risk;

/// <summary>The library's edges as a council app touches them (issue 12): typed entries with a rejection, a register of
/// the council's own ids, a policy comparison and explanations as data, each in a few lines.</summary>
internal static class LibraryApiCheck
{
    public static void Run(IReadOnlyList<RegisterRow> rows, IReadOnlyList<RegisterRow> previousRows, Action<bool, string> check)
    {
        var quarter = Quarter.Parse("2017/18 Q2");

        // Typed entries from the app's own records: a bad value is a rejection naming record and field, never an exception.
        var drafts = new[]
        {
            new RegisterEntryDraft { Position = 0, Id = "CR1", Description = "Budget delivery", Inherent = AssessmentInput.Score(25), Residual = AssessmentInput.Cell(4, 4) },
            new RegisterEntryDraft { Position = 1, Id = "CR2", Description = "Financial viability", Inherent = AssessmentInput.Score(25), Residual = AssessmentInput.Score(7) },
        };
        var entries = new List<RegisterEntry>();
        var rejections = new List<Rejection>();
        foreach (var draft in drafts)
        {
            if (RegisterEntry.TryCreate(draft, quarter, ScoringPolicy.Default, out var entry, out var rejection)) entries.Add(entry!);
            else rejections.Add(rejection!);
        }

        check(entries.Count == 1 && rejections.Single() is { Entry: "CR2 (record 2)", Field: RejectionField.Residual }, $"typed entries: {string.Join("; ", rejections)}");
        var typed = new RegisterScorer().RescoreEntries(quarter, entries);
        check(typed.CorporateRegister.Single().Entry.Id.Raw == "CR1", "the typed CR1 (residual 16) should be on the register");

        // The council's own ids, with the kind from a column.
        var rsk = ScoringPolicy.Default.WithIdentifiers(IdentifierScheme.Create("RSK-[0-9]+", KindSource.Column));
        var own = new RegisterScorer(rsk).Rescore(quarter, new[] { new RegisterRow(2, "RSK-99", "opportunity", "Income growth", null, null, "16", "12", null, null) });
        check(own.Rejections.Count == 0 && own.Entries.Single().Entry.Kind == RegisterKind.Opportunity, $"RSK-99 should re-score as an opportunity: {string.Join("; ", own.Rejections)}");
        check(ScoringPolicy.FromJson(rsk.ToJson()).Identifiers.Pattern == "RSK-[0-9]+", "the id pattern should survive the policy file");

        // What raising the threshold to 15 would do to the real register, as data.
        var comparison = PolicyComparison.Of(ScoringPolicy.Default, ScoringPolicy.Default.WithInclusionThreshold(15),
            quarter, rows, Quarter.Parse("2016/17 Q1"), previousRows);
        check(comparison.Entering.Count == 0 && comparison.Leaving.Count > 0 && comparison.Leaving.All(e => e.Entry.JudgedScore.Value < 15),
            $"threshold 15: {comparison.Entering.Count} entering, {comparison.Leaving.Count} leaving");
        Console.WriteLine($"threshold 12 -> 15: {string.Join(", ", comparison.Leaving.Select(e => e.Entry.Id))} leave the corporate register");

        // The JSON contract: streamed as it goes, read back with the source-generated context.
        var real = comparison.Before;
        using var stream = new MemoryStream();
        ScoringJson.Write(stream, real, ScoringJsonOptions.Default);
        var read = JsonSerializer.Deserialize(stream.ToArray(), ScoringJsonContext.Default.RegisterResultJson)!;
        check(read.Entries.Select(e => e.Id).SequenceEqual(real.Entries.Select(e => e.Entry.Id.Raw)) && read.Entries.All(e => e.Explanation!.Count > 0),
            "the JSON should read back with every entry and its explanation steps");
        check(ScoringPolicy.FromJson(read.Policy.GetRawText()).InclusionThreshold == 12, "the JSON's policy should read back as a policy");
        var diff = JsonSerializer.Serialize(PolicyComparisonJson.From(comparison), ScoringJsonContext.Default.PolicyComparisonJson);
        check(JsonSerializer.Deserialize(diff, ScoringJsonContext.Default.PolicyComparisonJson)!.Leaving.Count == comparison.Leaving.Count, "the comparison's JSON should read back");

        // Explanations as data.
        var step = typed.Entries[0].ExplanationSteps.Single(s => s.Rule == "Corporate register inclusion");
        check(step.Citation is not null && step.Used.Single().Kind == "ScoredEntry" && step.Derived.Kind == "Inclusion", $"explanation step: {step}");
    }
}
