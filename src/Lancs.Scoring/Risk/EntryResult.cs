using System.Collections.Generic;
using System.Threading;

namespace Lancs.Scoring.Risk;

/// <summary>What the rules concluded about one entry: its scores, whether it is on the corporate register, its direction of
/// travel, its findings, and why.</summary>
public sealed class EntryResult
{
    private readonly IEntryExplainer _explainer;
    private IReadOnlyList<ExplanationStep>? _steps;
    private IReadOnlyList<string>? _explanation;

    internal EntryResult(Inclusion inclusion, ScoreMovement? movement, IReadOnlyList<Finding> findings, IEntryExplainer explainer)
    {
        Inclusion = inclusion;
        Movement = movement;
        Findings = findings;
        _explainer = explainer;
    }

    /// <summary>Gets the entry as given.</summary>
    public RegisterEntry Entry => Scored.Entry;

    /// <summary>Gets the inherent score.</summary>
    public RiskScore Inherent => Entry.Inherent.Score;

    /// <summary>Gets the residual score, or <see langword="null"/> when none was given.</summary>
    public RiskScore? Residual => Entry.Residual?.Score;

    /// <summary>Gets the target score, or <see langword="null"/> when none was given.</summary>
    public RiskScore? Target => Entry.Target?.Score;

    /// <summary>Gets the appetite zone the residual lies in (<see cref="RiskAppetite.ZoneOf"/> of the policy applied), or
    /// <see langword="null"/>: no zones, no residual, in no zone, or a bare score that only a zone given by cells could hold.</summary>
    public AppetiteZone? AppetiteZone => Inclusion.Policy.Appetite.ZoneOf(Entry.Residual);

    /// <summary>Gets whether the entry is on the corporate register this quarter.</summary>
    public bool IsOnCorporateRegister => Inclusion.IsOnCorporateRegister;

    /// <summary>Gets why the entry is or is not on the corporate register.</summary>
    public string InclusionReason => Inclusion.Reason;

    /// <summary>Gets the derived direction of travel, or <see langword="null"/> when no previous register was given.</summary>
    public DirectionOfTravel? Direction => Movement?.Direction;

    /// <summary>Gets the score movement since the previous quarter, or <see langword="null"/> when no previous register was given.</summary>
    public ScoreMovement? Movement { get; }

    /// <summary>Gets the owner's direction of travel as printed, kept apart from <see cref="Direction"/>.</summary>
    public StatedDirection Stated => Entry.StatedDirection;

    /// <summary>Gets the data-quality findings about this entry.</summary>
    public IReadOnlyList<Finding> Findings { get; }

    /// <summary>Gets the explanation: one sentence per rule that derived something about the entry, with its policy citation.</summary>
    /// <remarks>The <see cref="ExplanationStep.Sentence"/>s of <see cref="ExplanationSteps"/>. Built on first use, so bulk
    /// runs that never read it do not pay for it.</remarks>
    public IReadOnlyList<string> Explanation
    {
        get
        {
            if (Volatile.Read(ref _explanation) is { } explanation)
            {
                return explanation;
            }

            var steps = ExplanationSteps;
            var sentences = new string[steps.Count];
            for (var i = 0; i < sentences.Length; i++)
            {
                sentences[i] = steps[i].Sentence;
            }

            return Interlocked.CompareExchange(ref _explanation, sentences, null) ?? _explanation!;
        }
    }

    /// <summary>Gets the explanation as data: per rule that derived something about the entry, its name, description and
    /// citation, the facts it used and the fact it derived.</summary>
    /// <remarks>Built on first use, as <see cref="Explanation"/> is.</remarks>
    public IReadOnlyList<ExplanationStep> ExplanationSteps
    {
        get
        {
            if (Volatile.Read(ref _steps) is { } steps)
            {
                return steps;
            }

            // Two threads may both write it; the first one stored wins and both return that one.
            return Interlocked.CompareExchange(ref _steps, _explainer.Explain(this), null) ?? _steps!;
        }
    }

    /// <summary>Returns the explanation steps without keeping them on the result (the cached ones when they were read
    /// before), so a writer streaming a million entries does not grow the result by an explanation an entry.</summary>
    internal IReadOnlyList<ExplanationStep> ExplanationStepsUncached() => Volatile.Read(ref _steps) ?? _explainer.Explain(this);

    /// <summary>Gets the scored entry fact the explanation starts from.</summary>
    internal ScoredEntry Scored => Inclusion.Scored;

    /// <summary>Gets the inclusion fact.</summary>
    internal Inclusion Inclusion { get; }

    /// <summary>Returns "CR1 16 -> on register".</summary>
    /// <returns>The entry in one line.</returns>
    public override string ToString() =>
        $"{Entry.Id} {Inherent}/{(Residual is { } r ? r.ToString() : "-")}: {(IsOnCorporateRegister ? "on register" : "off register")}";
}
