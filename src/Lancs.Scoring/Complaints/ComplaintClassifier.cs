using System.Collections.Generic;
using System.Linq;
using Lancs.Scoring.Complaints.Rules;
using Lancs.Scoring.Engine;
using Lancs.Scoring.Engine.Runs;
using NRules.RuleModel;

namespace Lancs.Scoring.Complaints;

/// <summary>The door to the complaint rules: classifies a year's complaints into the annual report's figures, and checks
/// printed figures against their counts.</summary>
/// <remarks>The constructor compiles the rules once; one bad complaint becomes a <see cref="Rejection"/> and never stops the rest.</remarks>
/// <threadsafety static="true" instance="true">One classifier may classify several batches at once.</threadsafety>
public sealed partial class ComplaintClassifier
{
    private readonly RuleEngine _rules;

    /// <summary>Creates a classifier and compiles its rules.</summary>
    /// <param name="grouping">Which outcomes and stages each stream allows, and their groups; <see langword="null"/> for the reports' own.</param>
    /// <param name="runtime">Where the rules run: the batch engine (the default), or an NRules session, with equal results.</param>
    /// <param name="timescales">Each stream's deadlines and the calendar they are counted on, for complaints given with dates;
    /// <see langword="null"/> for <see cref="ComplaintTimescales.Default"/>.</param>
    public ComplaintClassifier(OutcomeGrouping? grouping = null, RuleRuntime runtime = RuleRuntime.Batch, ComplaintTimescales? timescales = null)
    {
        Grouping = grouping ?? OutcomeGrouping.Default;
        Timescales = timescales ?? ComplaintTimescales.Default;
        _rules = new RuleEngine(RuleDefinitions.Create(ComplaintRules.All()), runtime);
    }

    /// <summary>Gets the grouping the rules classify by.</summary>
    public OutcomeGrouping Grouping { get; }

    /// <summary>Gets the deadlines dated complaints are judged against.</summary>
    public ComplaintTimescales Timescales { get; }

    /// <summary>Gets the rules, with their names, descriptions and policy citations.</summary>
    public IReadOnlyList<IRuleDefinition> Rules => _rules.Rules;

    /// <summary>Gets the runtime the rules run in.</summary>
    public RuleRuntime Runtime => _rules.Runtime;

    /// <summary>Classifies complaints and builds each stream's figures per financial year.</summary>
    /// <param name="complaints">The complaints.</param>
    /// <returns>The classification, with the complaints that could not be classified: a missing (<see langword="null"/>)
    /// complaint, one whose stage or outcome its stream does not allow, and a second complaint with a reference already
    /// used (references compare ordinally), which would otherwise be counted twice.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="complaints"/> is <see langword="null"/>.</exception>
    public ComplaintClassification Classify(IEnumerable<Complaint> complaints)
    {
        var rejections = new List<Rejection>();
        var valid = new List<Complaint>(complaints is ICollection<Complaint> sized ? sized.Count : 0);
        var references = new HashSet<string>(System.StringComparer.Ordinal);
        var position = 0;
        foreach (Complaint? complaint in Guard.NotNull(complaints))
        {
            position++;
            if (complaint is null)
            {
                rejections.Add(new Rejection(string.Format(System.Globalization.CultureInfo.InvariantCulture, "complaint {0}", position), RejectionField.Complaint, null,
                    "the complaint is missing (null)."));
            }
            else if (!references.Add(complaint.Reference))
            {
                rejections.Add(DuplicateReference(complaint));
            }
            else if (Validate(Grouping, complaint) is { } rejection)
            {
                rejections.Add(rejection);
            }
            else
            {
                valid.Add(complaint);
            }
        }

        var session = _rules.NewRun(explains: false); // a classification carries no explanations
        session.InsertAll(valid);
        session.InsertAll(Grouping.Entries);
        session.InsertAll(Timescales.Entries);
        session.Fire();
        var classified = session.Query<ClassifiedComplaint>();
        var marks = session.Query<ComplaintMark>();
        var open = marks.Where(m => m.Measure == ComplaintMeasure.Open).Select(m => m.Complaint).ToList();
        var deadlines = InInputOrder(valid, session.Query<DeadlineCheck>(), d => d.Complaint, d => d.Timescale.Step.Value);
        var findings = InInputOrder(valid, session.Query<ComplaintFinding>(), f => f.Complaint, f => f.Kind.Value);
        return new ComplaintClassification(classified.ToList(), open, Reports(valid, classified, marks, deadlines), rejections, deadlines, findings);
    }

    /// <summary>Checks printed figures against their counts: a share must be its counts rounded to a whole number, a total the sum of its parts.</summary>
    /// <param name="figures">The printed figures.</param>
    /// <returns>One finding per figure that does not add up, in input order.</returns>
    public IReadOnlyList<ReportFinding> CheckPrintedFigures(IEnumerable<PrintedFigure> figures)
    {
        var list = Guard.NotNull(figures).ToList();
        var session = _rules.NewRun(explains: false);
        session.InsertAll(list);
        session.Fire();

        // Shares and totals are checked by two rules, so findings arrive rule by rule; give them back in input order.
        var position = new Dictionary<PrintedFigure, int>();
        for (var i = 0; i < list.Count; i++)
        {
            position[list[i]] = i;
        }

        return session.Query<ReportFinding>().OrderBy(f => position[f.Figure]).ToList();
    }

    /// <summary>The rejection of a second complaint with a reference already used.</summary>
    internal static Rejection DuplicateReference(Complaint complaint) => new(Name(complaint), RejectionField.Reference, complaint.Reference,
        "an earlier complaint has the same reference; each complaint is counted once, so give each its own reference.");

    /// <summary>Returns why a complaint cannot be classified under <paramref name="grouping"/>, or <see langword="null"/>.</summary>
    internal static Rejection? Validate(OutcomeGrouping grouping, Complaint complaint)
    {
        // The name is made only for a rejection: a bulk run of valid complaints builds no string per complaint.
        string Named() => Name(complaint);
        if (!grouping.AllowsStage(complaint.Stream, complaint.Stage))
        {
            return new Rejection(Named(), RejectionField.Stage, complaint.Stage.Name, $"a {complaint.Stream.Label} complaint cannot be at {complaint.Stage.Name}.");
        }

        if (complaint.Outcome is { } outcome && !grouping.TryGroup(complaint.Stream, outcome, out _))
        {
            return new Rejection(Named(), RejectionField.Outcome, outcome.Name,
                $"{outcome.Name} does not occur in {complaint.Stream.Label} complaints; the outcomes there are {string.Join(", ", grouping.OutcomesOf(complaint.Stream).Select(o => o.Name))}.");
        }

        if (complaint.Closed is { } closed && closed < complaint.Received)
        {
            return new Rejection(Named(), RejectionField.Closed, closed.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                $"closed before it was received ({complaint.Received:yyyy-MM-dd}).");
        }

        if (complaint.Closed is not null && complaint.Outcome is null)
        {
            return new Rejection(Named(), RejectionField.Outcome, null, "the complaint is closed but has no outcome; give the outcome, or leave it open.");
        }

        return complaint.Timeline?.ProblemWith(complaint, Named());
    }

    private static string Name(Complaint complaint) => $"{Quoting.Value(complaint.Reference)} ({complaint.Stream.Label})";
}
