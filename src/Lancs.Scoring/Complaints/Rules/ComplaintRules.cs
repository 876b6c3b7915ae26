using System.Collections.Generic;
using Lancs.Scoring.Engine;
using NRules.RuleModel;

namespace Lancs.Scoring.Complaints.Rules;

/// <summary>The complaint rules, in the order that breaks ties between equal priorities.</summary>
public static class ComplaintRules
{
    /// <summary>Returns one instance of every complaint rule.</summary>
    /// <returns>The NRules.Fluent rule instances.</returns>
    public static IReadOnlyList<NRules.Fluent.Dsl.Rule> All() => new NRules.Fluent.Dsl.Rule[]
    {
        new ClassifyOutcomeRule(), new OpenComplaintRule(), new StageZeroRule(), new TimescaleExceededRule(),
        new PrintedShareRule(), new PrintedTotalRule(),
        new DeadlineRule(), new DeadlineMissedRule(), new DeadlineUnknownRule(), new ExtensionWithoutReasonRule(), new ExtensionBeyondLimitRule(),
        new StatutoryTimescaleFromDatesRule(),
    };

    /// <summary>Returns the complaint rules as an NRules rule set, for an app's own NRules <c>RuleRepository</c>.</summary>
    /// <returns>The rule set named <c>Lancs.Scoring.Complaints</c>.</returns>
    /// <remarks>Insert <see cref="Complaint"/>s with the grouping's <see cref="GroupingEntry"/>s (<see cref="OutcomeGrouping.Entries"/>)
    /// and the timescales' <see cref="Timescale"/>s (<see cref="ComplaintTimescales.Entries"/>), and <see cref="PrintedFigure"/>s to check;
    /// query <see cref="ClassifiedComplaint"/>, <see cref="ComplaintMark"/>, <see cref="DeadlineCheck"/>, <see cref="ComplaintFinding"/> and
    /// <see cref="ReportFinding"/>.</remarks>
    public static IRuleSet RuleSet() => RuleDefinitions.ToRuleSet("Lancs.Scoring.Complaints", All());
}
