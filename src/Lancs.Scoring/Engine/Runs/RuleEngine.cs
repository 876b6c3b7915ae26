using System;
using System.Collections.Generic;
using NRules;
using NRules.RuleModel;

namespace Lancs.Scoring.Engine.Runs;

/// <summary>A rule set compiled for the runtime a scorer was asked for: the batch engine always (its run order is the
/// canonical order of results), an NRules session factory as well when <see cref="RuleRuntime.NRules"/> is chosen.</summary>
/// <threadsafety static="true" instance="true">Runs may be created and used at once on several threads.</threadsafety>
internal sealed class RuleEngine
{
    private readonly ISessionFactory? _nrules;

    public RuleEngine(IReadOnlyList<IRuleDefinition> rules, RuleRuntime runtime)
    {
        Runtime = runtime;
        Batch = BatchRuleSet.Compile(rules);
        _nrules = runtime switch
        {
            RuleRuntime.Batch => null,
            RuleRuntime.NRules => new RuleCompiler().Compile(rules),
            _ => throw new ArgumentOutOfRangeException(nameof(runtime), runtime, "not a RuleRuntime."),
        };
    }

    public RuleRuntime Runtime { get; }

    /// <summary>Gets the batch compilation of the rules.</summary>
    public BatchRuleSet Batch { get; }

    /// <summary>Gets the rules, in the order given.</summary>
    public IReadOnlyList<IRuleDefinition> Rules => Batch.Rules;

    /// <summary>Starts a run in the chosen runtime; with <paramref name="explains"/> false, a batch run keeps no derivations
    /// (its <see cref="IRuleRun.Explain"/> throws), for a scorer whose results carry no explanations.</summary>
    public IRuleRun NewRun(bool explains = true) => _nrules is null ? new BatchRun(Batch.CreateSession(explains)) : new NRulesRun(_nrules.CreateSession(), Batch);
}
