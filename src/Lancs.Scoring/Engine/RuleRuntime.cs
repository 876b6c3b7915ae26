namespace Lancs.Scoring.Engine;

/// <summary>Which runtime evaluates the rules: the same NRules rule definitions run in either, with equal results.</summary>
public enum RuleRuntime
{
    /// <summary>This library's set-at-a-time engine (<see cref="BatchRuleSet"/>): hash joins, linear in the size of a register. The default.</summary>
    Batch,

    /// <summary>An NRules 1.0.4 Rete session, as a council app that runs NRules itself would. Its joins are nested loops
    /// (quadratic in the two-quarter join), so keep it to registers of a few thousand entries.</summary>
    NRules,
}
