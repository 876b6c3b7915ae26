using System;
using System.Collections.Generic;
using System.Linq;
using Lancs.Scoring.Engine;
using Lancs.Scoring.Risk;
using Lancs.Scoring.Risk.Rules;
using NRules.Fluent.Dsl;
using Xunit;

namespace Lancs.Scoring.Tests.Risk.Rules;

/// <summary>The previous quarter's register handed to a session: its quarter and its entries.</summary>
internal sealed record PreviousRegister(Quarter Quarter, IReadOnlyList<RegisterEntry> Entries);

/// <summary>Builds register entries from compact inputs or from the transcribed registers, and runs a chosen subset of the
/// register rules in an isolated batch session, inserting the facts as <see cref="RegisterRules"/> documents.</summary>
internal static class RegisterRuleKit
{
    public static readonly Quarter Q1_2016 = RegisterFiles.Q1_2016;
    public static readonly Quarter Q1_2017 = Quarter.Parse("2017/18 Q1");
    public static readonly Quarter Q2_2017 = RegisterFiles.Q2_2017;
    public static readonly Quarter Q1_2018 = RegisterFiles.Q1_2018;

    /// <summary>The published policy, matching by id: the rule tests pair entries by id (MatchPreviousQuarterRule); lineage
    /// has its own tests (MatchByLineageRuleTests).</summary>
    public static ScoringPolicy Policy { get; } = ScoringPolicy.Default.WithMatching(PreviousQuarterMatching.ById);

    /// <summary>Runs <paramref name="rules"/> over this quarter's entries and, when given, the previous register and the covering report.</summary>
    public static BatchSession Run(Quarter quarter, IEnumerable<RegisterEntry> current, IEnumerable<Rule> rules,
        PreviousRegister? previous = null, IEnumerable<CoveringStatement>? statements = null)
    {
        BatchSession session = BatchRuleSet.Compile(RuleDefinitions.Create(rules)).CreateSession();
        session.InsertAll(current.ToList());
        if (previous is not null)
        {
            session.Insert(new PreviousQuarterGiven(previous.Quarter, quarter));
            session.InsertAll(previous.Entries.Select(e => new PreviousQuarterEntry(e)).ToList());
        }

        if (statements is not null)
        {
            session.InsertAll(statements.ToList());
        }

        session.Fire();
        return session;
    }

    /// <summary>The previous register: <paramref name="entries"/> of <paramref name="quarter"/>.</summary>
    public static PreviousRegister Previous(Quarter quarter, params RegisterEntry[] entries) => new(quarter, entries);

    /// <summary>Score entry, then <paramref name="rules"/>.</summary>
    public static Rule[] Scored(params Rule[] rules) => [new ScoreEntryRule(Policy), .. rules];

    /// <summary>Score entry and the two inclusion rules (at or above / below the threshold), then <paramref name="rules"/>.</summary>
    public static Rule[] Included(params Rule[] rules) =>
        [new ScoreEntryRule(Policy), new CorporateRegisterInclusionRule(Policy), new ServiceRegisterRule(Policy), .. rules];

    /// <summary>Score entry and the previous-quarter match, then <paramref name="rules"/>.</summary>
    public static Rule[] Matched(params Rule[] rules) => [new ScoreEntryRule(Policy), new MatchPreviousQuarterRule(Policy), .. rules];

    /// <summary>Score entry, both inclusion rules and the previous-quarter match: what every register-change rule reads.</summary>
    public static Rule[] IncludedAndMatched(params Rule[] rules) =>
        [new ScoreEntryRule(Policy), new CorporateRegisterInclusionRule(Policy), new ServiceRegisterRule(Policy), new MatchPreviousQuarterRule(Policy), .. rules];

    /// <summary>An entry from compact cells, validated as the scorer validates a row.</summary>
    public static RegisterEntry Entry(Quarter quarter, string id, string inherent, string residual, string direction = "Level",
        string description = "A description", int position = 0) =>
        FromRow(new RegisterRow(position + 2, id, string.Empty, description, "Economic", "MT", inherent, residual, direction, null), quarter, position);

    /// <summary>The entry <paramref name="id"/> of the transcribed register of <paramref name="quarter"/> (data/registers), with any
    /// cell replaced where a test needs a value the papers do not print.</summary>
    public static RegisterEntry Paper(Quarter quarter, string id, string? inherent = null, string? residual = null, string? direction = null)
    {
        IReadOnlyList<RegisterRow> rows = RegisterFiles.Rows(quarter);
        int position = rows.ToList().FindIndex(r => string.Equals(r.Id, id, StringComparison.Ordinal));
        Assert.True(position >= 0, $"{id} is not in the {quarter} register.");
        RegisterRow row = rows[position];
        return FromRow(new RegisterRow(row.Line, row.Id, row.Kind, row.Description, row.RiskType, row.Owner,
            inherent ?? row.Inherent, residual ?? row.Residual, direction ?? row.DirectionOfTravel, row.Source), quarter, position);
    }

    /// <summary>Every entry of the transcribed register of <paramref name="quarter"/>, in the order printed.</summary>
    public static IReadOnlyList<RegisterEntry> Register(Quarter quarter) =>
        RegisterFiles.Rows(quarter).Select((row, i) => FromRow(row, quarter, i)).ToList();

    /// <summary>What the covering report of <paramref name="quarter"/> says (data/registers/covering-reports.csv).</summary>
    public static IReadOnlyList<CoveringStatement> Statements(Quarter quarter) => RegisterFiles.Statements(quarter);

    public static IReadOnlyList<T> Derived<T>(this BatchSession session) => session.Query<T>().ToList();

    /// <summary>Asserts that <paramref name="fact"/> was derived by the rule named <paramref name="rule"/>, whose citation starts
    /// with <paramref name="citation"/>, and returns the derivation.</summary>
    public static Derivation AssertDerivedBy(this BatchSession session, object fact, string rule, string citation)
    {
        Derivation? why = session.Explain(fact);
        Assert.NotNull(why);
        Assert.Equal(rule, why.Rule.Name);
        Assert.StartsWith(citation, why.Policy, StringComparison.Ordinal);
        return why;
    }

    private static RegisterEntry FromRow(RegisterRow row, Quarter quarter, int position)
    {
        bool valid = RegisterEntry.TryFromRow(row, quarter, position, out RegisterEntry? entry, out Rejection? rejection);
        Assert.True(valid, rejection?.ToString());
        return entry!;
    }
}
