using System.Collections.Generic;
using Lancs.Scoring.Engine;
using Lancs.Scoring.Engine.Runs;
using NRules.RuleModel;
using Lancs.Scoring.Risk.Rules;

namespace Lancs.Scoring.Risk;

/// <summary>The door to the register rules: re-scores a quarter's register, with the previous quarter's when given.</summary>
/// <remarks>The constructor compiles the rules once for the policy; keep the scorer and call <see cref="Rescore(Quarter, IEnumerable{RegisterRow}, Quarter?, IEnumerable{RegisterRow}?, IEnumerable{CoveringStatement}?)"/>
/// as often as needed. Bad rows become <see cref="Rejection"/>s; one bad row never stops the rest.</remarks>
/// <threadsafety static="true" instance="true">One scorer may re-score several registers at once.</threadsafety>
public sealed partial class RegisterScorer
{
    private readonly RuleEngine _rules;

    /// <summary>Creates a scorer and compiles the register rules for <paramref name="policy"/>.</summary>
    /// <param name="policy">The policy; <see langword="null"/> for the council's published policy.</param>
    /// <param name="runtime">Where the rules run: the batch engine (the default), or an NRules session, with equal results.</param>
    public RegisterScorer(ScoringPolicy? policy = null, RuleRuntime runtime = RuleRuntime.Batch)
    {
        Policy = policy ?? ScoringPolicy.Default;
        _rules = new RuleEngine(RuleDefinitions.Create(RegisterRules.For(Policy)), runtime);
    }

    /// <summary>Gets the runtime the rules run in.</summary>
    public RuleRuntime Runtime => _rules.Runtime;

    /// <summary>Gets the policy the rules were compiled for.</summary>
    public ScoringPolicy Policy { get; }

    /// <summary>Gets the rules, with their names, descriptions and policy citations.</summary>
    public IReadOnlyList<IRuleDefinition> Rules => _rules.Rules;

    /// <summary>Validates and re-scores a register given as rows.</summary>
    /// <param name="quarter">The quarter of <paramref name="current"/>.</param>
    /// <param name="current">The register's rows.</param>
    /// <param name="previousQuarter">The quarter of <paramref name="previous"/>; defaults to the quarter before <paramref name="quarter"/>.</param>
    /// <param name="previous">The previous register's rows, or <see langword="null"/> (then there is no direction of travel and no changes).</param>
    /// <param name="coveringStatements">What the covering report says about entries, to check it against the table; or <see langword="null"/>.</param>
    /// <returns>The result, including the rejected rows.</returns>
    public RegisterResult Rescore(Quarter quarter, IEnumerable<RegisterRow> current, Quarter? previousQuarter = null,
        IEnumerable<RegisterRow>? previous = null, IEnumerable<CoveringStatement>? coveringStatements = null)
    {
        var rejections = new List<Rejection>();
        var findings = new List<Finding>();
        var entries = Validate(quarter, Guard.NotNull(current), Policy.Identifiers, rejections, findings, string.Empty);
        List<RegisterEntry>? previousEntries = null;
        var previousQ = previousQuarter ?? quarter.Previous;
        if (previous is not null)
        {
            previousEntries = Validate(previousQ, previous, Policy.Identifiers, rejections, findings, "previous register, ");
        }

        return Run(quarter, entries, previousQ, previousEntries, coveringStatements, rejections, findings);
    }

    /// <summary>Re-scores a register given as entries built in code, checking each as a row is checked.</summary>
    /// <param name="quarter">The quarter of <paramref name="current"/>.</param>
    /// <param name="current">The entries (<see cref="RegisterEntry.TryCreate(RegisterEntryDraft, Quarter, ScoringPolicy, out RegisterEntry?, out Rejection?)"/>).</param>
    /// <param name="previousQuarter">The quarter of <paramref name="previous"/>; defaults to the quarter before <paramref name="quarter"/>.</param>
    /// <param name="previous">The previous quarter's entries, or <see langword="null"/>.</param>
    /// <param name="coveringStatements">What the covering report says, or <see langword="null"/>.</param>
    /// <returns>The result. A missing (<see langword="null"/>) entry, an entry of another quarter, one with a blank
    /// description and one whose id or kind the policy's <see cref="ScoringPolicy.Identifiers"/> do not accept become
    /// <see cref="Rejection"/>s, as they would as rows; the rest are scored.</returns>
    public RegisterResult RescoreEntries(Quarter quarter, IEnumerable<RegisterEntry> current, Quarter? previousQuarter = null,
        IEnumerable<RegisterEntry>? previous = null, IEnumerable<CoveringStatement>? coveringStatements = null)
    {
        var rejections = new List<Rejection>();
        var previousQ = previousQuarter ?? quarter.Previous;
        var entries = RegisterEntryChecks.Accept(Guard.NotNull(current), quarter, Policy.Identifiers, rejections, string.Empty);
        var previousEntries = previous is null ? null : RegisterEntryChecks.Accept(previous, previousQ, Policy.Identifiers, rejections, "previous register, ");
        return Run(quarter, entries, previousQ, previousEntries, coveringStatements, rejections, new List<Finding>());
    }

    private static List<RegisterEntry> Validate(Quarter quarter, IEnumerable<RegisterRow> rows, IdentifierScheme identifiers, List<Rejection> rejections, List<Finding> findings, string label)
    {
        var entries = new List<RegisterEntry>();
        var position = 0;
        foreach (var row in rows)
        {
            position++;
            if (row is null)
            {
                rejections.Add(new Rejection(label + string.Format(System.Globalization.CultureInfo.InvariantCulture, "row {0}", position), RejectionField.Entry, null,
                    "the row is missing (null)."));
                continue;
            }

            if (RegisterRowValidator.TryValidate(row, quarter, entries.Count, identifiers, out var entry, out var rejection))
            {
                entries.Add(entry!);
                continue;
            }

            rejections.Add(label.Length == 0 ? rejection! : new Rejection(label + rejection!.Entry, rejection.Field, rejection.AttemptedValue, rejection.Reason));
            if (OffMatrixScore(rejection!) is { } finding)
            {
                findings.Add(finding);
            }
        }

        return entries;
    }

    private static Finding? OffMatrixScore(Rejection rejection)
    {
        if ((rejection.Field != RejectionField.Inherent && rejection.Field != RejectionField.Residual && rejection.Field != RejectionField.Target) || rejection.AttemptedValue is null)
        {
            return null;
        }

        // Only the digits 0-9 make a score: other scripts' digits (Arabic-Indic, full-width, Devanagari) are not read as numbers.
        var digits = 0;
        var text = rejection.AttemptedValue.Trim();
        while (digits < text.Length && text[digits] >= '0' && text[digits] <= '9')
        {
            digits++;
        }

        return digits > 0 && !RiskScore.IsOnMatrix(Assessment.LeadingNumber(text.Substring(0, digits)))
            ? new Finding(null, FindingKind.ScoreNotOnMatrix, $"{rejection.Entry}: the {rejection.Field} score '{Quoting.Value(rejection.AttemptedValue)}' is not on the 5x5 matrix; the entry was rejected.")
            : null;
    }
}
