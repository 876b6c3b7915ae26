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
    public ComplaintClassifier(OutcomeGrouping? grouping = null, RuleRuntime runtime = RuleRuntime.Batch)
    {
        Grouping = grouping ?? OutcomeGrouping.Default;
        _rules = new RuleEngine(RuleDefinitions.Create(ComplaintRules.All()), runtime);
    }

    /// <summary>Gets the grouping the rules classify by.</summary>
    public OutcomeGrouping Grouping { get; }

    /// <summary>Gets the rules, with their names, descriptions and policy citations.</summary>
    public IReadOnlyList<IRuleDefinition> Rules => _rules.Rules;

    /// <summary>Gets the runtime the rules run in.</summary>
    public RuleRuntime Runtime => _rules.Runtime;

    /// <summary>Classifies complaints and builds each stream's figures per financial year.</summary>
    /// <param name="complaints">The complaints.</param>
    /// <returns>The classification, with the complaints that could not be classified.</returns>
    public ComplaintClassification Classify(IEnumerable<Complaint> complaints)
    {
        var rejections = new List<Rejection>();
        var valid = new List<Complaint>();
        foreach (var complaint in Guard.NotNull(complaints))
        {
            if (Validate(Grouping, complaint) is { } rejection)
            {
                rejections.Add(rejection);
            }
            else
            {
                valid.Add(complaint);
            }
        }

        var session = _rules.NewRun();
        session.InsertAll(valid);
        session.InsertAll(Grouping.Entries);
        session.Fire();
        var classified = session.Query<ClassifiedComplaint>();
        var marks = session.Query<ComplaintMark>();
        var open = marks.Where(m => m.Measure == ComplaintMeasure.Open).Select(m => m.Complaint).ToList();
        return new ComplaintClassification(classified.ToList(), open, Reports(valid, classified, marks), rejections);
    }

    /// <summary>Checks printed figures against their counts: a share must be its counts rounded to a whole number, a total the sum of its parts.</summary>
    /// <param name="figures">The printed figures.</param>
    /// <returns>One finding per figure that does not add up, in input order.</returns>
    public IReadOnlyList<ReportFinding> CheckPrintedFigures(IEnumerable<PrintedFigure> figures)
    {
        var list = Guard.NotNull(figures).ToList();
        var session = _rules.NewRun();
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

    /// <summary>Returns why a complaint cannot be classified under <paramref name="grouping"/>, or <see langword="null"/>.</summary>
    internal static Rejection? Validate(OutcomeGrouping grouping, Complaint complaint)
    {
        var name = $"{complaint.Reference} ({complaint.Stream.Label})";
        if (!grouping.AllowsStage(complaint.Stream, complaint.Stage))
        {
            return new Rejection(name, "stage", complaint.Stage.Name, $"a {complaint.Stream.Label} complaint cannot be at {complaint.Stage.Name}.");
        }

        if (complaint.Outcome is { } outcome && !grouping.TryGroup(complaint.Stream, outcome, out _))
        {
            return new Rejection(name, "outcome", outcome.Name,
                $"{outcome.Name} does not occur in {complaint.Stream.Label} complaints; the outcomes there are {string.Join(", ", grouping.OutcomesOf(complaint.Stream).Select(o => o.Name))}.");
        }

        if (complaint.Closed is { } closed && closed < complaint.Received)
        {
            return new Rejection(name, "closed", closed.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                $"closed before it was received ({complaint.Received:yyyy-MM-dd}).");
        }

        if (complaint.Closed is not null && complaint.Outcome is null)
        {
            return new Rejection(name, "outcome", null, "the complaint is closed but has no outcome; give the outcome, or leave it open.");
        }

        return null;
    }
}
