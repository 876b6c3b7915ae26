namespace Lancs.Scoring.Risk;

/// <summary>Which of an entry's scores: before the actions, after them, or aimed at.</summary>
public enum AssessmentKind
{
    /// <summary>The inherent score, before mitigating (or maximising) actions: the "Risk Score" or "Opportunity Score" column (001:781).</summary>
    Inherent = 0,

    /// <summary>The residual score, after the actions: the "Residual Score" or "Residual Opportunity Score" column (001:781).</summary>
    Residual = 1,

    /// <summary>The target score the actions aim at: the optional <c>target</c> column, which the papers do not print.</summary>
    Target = 2,
}
