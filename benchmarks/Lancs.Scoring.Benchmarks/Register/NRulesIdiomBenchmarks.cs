using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Lancs.Scoring.Benchmarks.Data;
using Lancs.Scoring.Benchmarks.Register.Idiom;
using Lancs.Scoring.Engine;
using Lancs.Scoring.Risk;
using Lancs.Scoring.Risk.Rules;
using NRules;
using NRules.Fluent;
using NRules.Fluent.Dsl;
using NRules.RuleModel;

namespace Lancs.Scoring.Benchmarks.Register;

/// <summary>The four core register rules (score, inclusion at the threshold, the previous-quarter join by id, direction of
/// travel or New) in the batch engine and in NRules, NRules also written the way an NRules expert would write them.</summary>
/// <remarks>
/// <para>Every column inserts this quarter's entries and the previous quarter's, fires, and returns the derived facts; none
/// computes findings, changes, per-entry results or heat maps (<see cref="NRulesRegisterBenchmarks"/> times the whole
/// re-score). Rule sets are compiled once in setup; each operation creates its own session.</para>
/// <list type="bullet">
/// <item><see cref="BatchCoreRules"/>: the library's own six rule classes for the four rules (<c>ScoreEntryRule</c>,
/// <c>CorporateRegisterInclusionRule</c>, <c>ServiceRegisterRule</c>, <c>MatchPreviousQuarterRule</c>,
/// <c>DirectionOfTravelRule</c>, <c>NewEntryRule</c>) in a <see cref="BatchSession"/>; returns the four queried fact lists.</item>
/// <item><see cref="NRulesCoreRules"/>: the same six rule definitions in a plain NRules session (no ordering, no
/// derivation records); the id join and the Not over matches are nested loops.</item>
/// <item><see cref="NRulesLookupRules"/>: three NRules.Fluent rules written for NRules: score, inclusion, and one rule that
/// joins each scored entry to a single <see cref="PreviousQuarterLookup"/> fact (the previous quarter in a dictionary by id,
/// built inside the operation) and yields its matches and direction.</item>
/// <item><see cref="NRulesFlattened"/>: one NRules.Fluent rule, each entry joined to the lookup fact, yielding one
/// <see cref="CoreOutcome"/> (score, inclusion, matches, direction) per entry.</item>
/// </list>
/// <para>The policy is the published one matching the previous quarter by id (<see cref="PreviousQuarterMatching.ById"/>).
/// Setup checks, entry by entry, that every NRules column concluded what the batch engine concluded.</para>
/// </remarks>
[MemoryDiagnoser]
[BenchmarkCategory("Register")]
[LargeRegisterJob]
public class NRulesIdiomBenchmarks
{
    private ScoringPolicy _policy = null!;
    private BatchRuleSet _batch = null!;
    private ISessionFactory _nrulesCore = null!;
    private ISessionFactory _nrulesLookup = null!;
    private ISessionFactory _nrulesFlattened = null!;
    private SyntheticRegister _register = null!;

    /// <summary>Gets or sets the number of entries this quarter (the previous quarter has about as many).</summary>
    [ParamsSource(nameof(Sizes))]
    public int Size { get; set; }

    /// <summary>Gets the sizes: 1,000, 2,000, 5,000 and 10,000 entries, or 200 for the CI smoke run.</summary>
    public static int[] Sizes => NRulesRegisterBenchmarks.Sizes;

    /// <summary>Gets or sets whether setup also checks the idiomatic two-pattern join (<see cref="NRulesCoreRules"/>), which is
    /// quadratic: <see cref="NRulesIdiomScaleBenchmarks"/> turns it off for 100,000 entries and more.</summary>
    public bool CheckIdiomaticJoin { get; set; } = true;

    /// <summary>Compiles the four rule sets, generates the register and checks that every NRules column agrees with the batch engine.</summary>
    [GlobalSetup]
    public void Setup()
    {
        // The two-quarter join by id: these rules and the lookup match by id alone, whatever the published policy's matching.
        _policy = ScoringPolicy.Default.WithMatching(PreviousQuarterMatching.ById);
        var core = RuleDefinitions.Create(new Rule[]
        {
            new ScoreEntryRule(_policy), new CorporateRegisterInclusionRule(_policy), new ServiceRegisterRule(_policy),
            new MatchPreviousQuarterRule(_policy), new DirectionOfTravelRule(), new NewEntryRule(),
        });
        _batch = BatchRuleSet.Compile(core);
        _nrulesCore = new RuleCompiler().Compile(core);
        var factory = new RuleDefinitionFactory();
        _nrulesLookup = new RuleCompiler().Compile(factory.Create(new Rule[]
        {
            new LookupScoreRule(_policy), new LookupInclusionRule(_policy), new LookupDirectionRule(_policy),
        }));
        _nrulesFlattened = new RuleCompiler().Compile(factory.Create(new Rule[] { new FlattenedCoreRule(_policy) }));
        _register = SyntheticRegister.Generate(Size);

        var batch = BatchCoreRules();
        if (CheckIdiomaticJoin)
        {
            CoreFacts.Check(_register.Current, batch, NRulesCoreRules(), "the NRules session (library rules)");
        }

        CoreFacts.Check(_register.Current, batch, LookupFacts(NRulesLookupRules()), "the NRules session (lookup rules)");
        CoreFacts.Check(_register.Current, batch, CoreFacts.From(NRulesFlattened()), "the NRules session (flattened rule)");
    }

    /// <summary>The library's core rules in the batch engine.</summary>
    [Benchmark(Baseline = true)]
    public CoreFacts BatchCoreRules()
    {
        var session = _batch.CreateSession();
        session.InsertAll(_register.Current);
        session.Insert(new PreviousQuarterGiven(_register.PreviousQuarter, _register.Quarter));
        session.InsertAll(WrappedPrevious());
        session.Fire();
        return new CoreFacts(session.Query<ScoredEntry>(), session.Query<Inclusion>(), session.Query<PreviousMatch>(), session.Query<ScoreMovement>());
    }

    /// <summary>The library's core rules in an NRules session.</summary>
    [Benchmark]
    public CoreFacts NRulesCoreRules()
    {
        var session = _nrulesCore.CreateSession();
        session.InsertAll(_register.Current);
        session.Insert(new PreviousQuarterGiven(_register.PreviousQuarter, _register.Quarter));
        session.InsertAll(WrappedPrevious());
        session.Fire();
        var (scored, inclusions, matches, movements) = (new List<ScoredEntry>(), new List<Inclusion>(), new List<PreviousMatch>(), new List<ScoreMovement>());
        foreach (var fact in session.Query<object>())
        {
            switch (fact)
            {
                case ScoredEntry s: scored.Add(s); break;
                case Inclusion i: inclusions.Add(i); break;
                case PreviousMatch m: matches.Add(m); break;
                case ScoreMovement v: movements.Add(v); break;
            }
        }

        return new CoreFacts(scored, inclusions, matches, movements);
    }

    /// <summary>Three NRules rules with the previous quarter as one lookup fact.</summary>
    [Benchmark]
    public (List<ScoredEntry> Scored, List<Inclusion> Inclusions, List<EntryMovements> Movements) NRulesLookupRules()
    {
        var session = _nrulesLookup.CreateSession();
        session.Insert(PreviousQuarterLookup.Build(_register.Quarter, _register.PreviousQuarter, _register.Previous));
        session.InsertAll(_register.Current);
        session.Fire();
        var (scored, inclusions, movements) = (new List<ScoredEntry>(), new List<Inclusion>(), new List<EntryMovements>());
        foreach (var fact in session.Query<object>())
        {
            switch (fact)
            {
                case ScoredEntry s: scored.Add(s); break;
                case Inclusion i: inclusions.Add(i); break;
                case EntryMovements m: movements.Add(m); break;
            }
        }

        return (scored, inclusions, movements);
    }

    /// <summary>One flattened NRules rule with the previous quarter as one lookup fact.</summary>
    [Benchmark]
    public List<CoreOutcome> NRulesFlattened()
    {
        var session = _nrulesFlattened.CreateSession();
        session.Insert(PreviousQuarterLookup.Build(_register.Quarter, _register.PreviousQuarter, _register.Previous));
        session.InsertAll(_register.Current);
        session.Fire();
        return session.Query<CoreOutcome>().ToList();
    }

    private static CoreFacts LookupFacts((List<ScoredEntry> Scored, List<Inclusion> Inclusions, List<EntryMovements> Movements) facts) =>
        new(facts.Scored, facts.Inclusions, facts.Movements.SelectMany(m => m.Matches).ToList(), facts.Movements.SelectMany(m => m.Movements).ToList());

    /// <summary>The previous quarter's entries wrapped as <c>RegisterScorer</c> inserts them (the columns without the lookup
    /// fact insert, as it does, this quarter's entries, then that a previous register was given, then these).</summary>
    private List<PreviousQuarterEntry> WrappedPrevious()
    {
        var wrapped = new List<PreviousQuarterEntry>(_register.Previous.Count);
        foreach (var entry in _register.Previous)
        {
            wrapped.Add(new PreviousQuarterEntry(entry));
        }

        return wrapped;
    }
}
