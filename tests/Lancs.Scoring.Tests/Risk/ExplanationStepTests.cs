using System.Linq;
using System.Text.RegularExpressions;
using Lancs.Scoring.Engine;
using Lancs.Scoring.Risk;
using Xunit;
using static Lancs.Scoring.Tests.Risk.RegisterFiles;

namespace Lancs.Scoring.Tests.Risk;

/// <summary>Explanations as data: each step names its rule, description and citation, the facts it used and the one it
/// derived, and reads as an English sentence.</summary>
public sealed class ExplanationStepTests
{
    private static RegisterResult Real(RuleRuntime runtime = RuleRuntime.Batch) =>
        new RegisterScorer(runtime: runtime).Rescore(Q2_2017, Rows(Q2_2017), Q1_2016, Rows(Q1_2016));

    [Fact]
    public void InclusionStep_NamesRuleCitationAndFacts()
    {
        var entry = Real().Entries.Single(e => e.Entry.Id.Raw == "CR1");

        var step = entry.ExplanationSteps.Single(s => s.Rule == "Corporate register inclusion");

        Assert.Contains("001:789", step.Citation);
        Assert.False(string.IsNullOrWhiteSpace(step.Description));
        Assert.Equal(("ScoredEntry", entry.Entry.Id), (Assert.Single(step.Used).Kind, step.Used[0].Id));
        Assert.Equal("Inclusion", step.Derived.Kind);
        Assert.Equal(entry.Entry.Id, step.Derived.Id);
        Assert.True(((Inclusion)step.Derived.Value).IsOnCorporateRegister);
        Assert.StartsWith(step.Derived.Text + ", derived by rule 'Corporate register inclusion'", step.Sentence);
    }

    [Fact]
    public void Explanation_IsTheStepsSentences_ForEveryEntry()
    {
        Assert.All(Real().Entries, e => Assert.Equal(e.ExplanationSteps.Select(s => s.Sentence), e.Explanation));
    }

    [Fact]
    public void EverySentence_ReadsAsEnglish()
    {
        var sentences = Real().Entries.SelectMany(e => e.Explanation).ToList();

        Assert.NotEmpty(sentences);
        Assert.All(sentences, s =>
        {
            Assert.EndsWith(".", s);
            Assert.DoesNotMatch(@"\.\.|\s[,.]|\.,|\.\s+(was|derived|from|and)\b|\s{2}", s);
            Assert.Matches(@"^[A-Z0-9]", s);
        });
    }

    [Fact]
    public void BothRuntimes_GiveTheSameSteps()
    {
        var batch = Real().Entries.SelectMany(e => e.ExplanationSteps).ToList();
        var nrules = Real(RuleRuntime.NRules).Entries.SelectMany(e => e.ExplanationSteps).ToList();

        Assert.Equal(
            batch.Select(s => (s.Rule, s.Citation, string.Join("|", s.Used.Select(u => u.Kind + ":" + u.Id)), s.Derived.Kind, s.Sentence)),
            nrules.Select(s => (s.Rule, s.Citation, string.Join("|", s.Used.Select(u => u.Kind + ":" + u.Id)), s.Derived.Kind, s.Sentence)));
    }
}
