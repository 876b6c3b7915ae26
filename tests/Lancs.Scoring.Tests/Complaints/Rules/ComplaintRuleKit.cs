using System;
using System.Collections.Generic;
using System.Linq;
using Lancs.Scoring.Complaints;
using Lancs.Scoring.Engine;
using NRules.Fluent.Dsl;
using Xunit;

namespace Lancs.Scoring.Tests.Complaints.Rules;

/// <summary>Runs a small set of complaint rules in an isolated session, with the default grouping's entries and the default
/// timescales inserted as the classifier inserts them.</summary>
internal static class ComplaintRuleKit
{
    private static readonly DateTime Received = new(2016, 6, 1);

    public static BatchSession Run(IEnumerable<Complaint> complaints, params Rule[] rules) => Run(complaints, Array.Empty<PrintedFigure>(), rules);

    public static BatchSession Run(IEnumerable<PrintedFigure> figures, params Rule[] rules) => Run(Array.Empty<Complaint>(), figures, rules);

    public static BatchSession Run(IEnumerable<Complaint> complaints, IEnumerable<PrintedFigure> figures, params Rule[] rules)
    {
        BatchSession session = BatchRuleSet.Compile(RuleDefinitions.Create(rules)).CreateSession();
        session.InsertAll(OutcomeGrouping.Default.Entries);
        session.InsertAll(ComplaintTimescales.Default.Entries);
        session.InsertAll(complaints.ToList());
        session.InsertAll(figures.ToList());
        session.Fire();
        return session;
    }

    /// <summary>A complaint received in 2016/17 and closed 30 days later with <paramref name="outcome"/>.</summary>
    public static Complaint Closed(string reference, ComplaintStream stream, ComplaintStage stage, ComplaintOutcome outcome, bool exceededTimescale = false) =>
        Complaint.Create(reference, stream, stage, Received, Received.AddDays(30), outcome, exceededTimescale);

    /// <summary>A complaint received in 2016/17 and still open at year-end.</summary>
    public static Complaint Open(string reference, ComplaintStream stream, ComplaintStage stage, bool exceededTimescale = false) =>
        Complaint.Create(reference, stream, stage, Received, exceededTimescale: exceededTimescale);

    /// <summary>A complaint given with dates: its timescales are worked out from them.</summary>
    public static Complaint Dated(string reference, ComplaintStream stream, ComplaintStage stage, string received, string? closed = null,
        string? acknowledged = null, string? escalated = null, int extension = 0, string? reason = null, ComplaintOutcome? outcome = null) =>
        Complaint.Create(reference, stream, stage, Day(received), closed is null ? null : Day(closed), closed is null ? null : outcome ?? ComplaintOutcome.NotUpheld)
            .WithTimeline(ComplaintTimeline.Create(acknowledged is null ? null : Day(acknowledged), escalated is null ? null : Day(escalated), extension, reason));

    public static DateTime Day(string text) => DateTime.ParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

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
}
