using System.Collections.Generic;
using static Lancs.Scoring.Complaints.ComplaintOutcome;
using static Lancs.Scoring.Complaints.ComplaintStage;
using static Lancs.Scoring.Complaints.ComplaintStream;

namespace Lancs.Scoring.Complaints;

/// <summary>The grouping the 2016/17 reports use.</summary>
public sealed partial class OutcomeGrouping
{
    /// <summary>Gets the grouping the 2016/17 annual reports use (000:679-1148); see docs/complaints.md for each line's source.</summary>
    public static OutcomeGrouping Default { get; } = BuildDefault();

    private static OutcomeGrouping BuildDefault()
    {
        var entries = new Dictionary<int, GroupingEntry>();
        void Add(ComplaintStream stream, OutcomeGroup group, params ComplaintOutcome[] outcomes)
        {
            foreach (var outcome in outcomes)
            {
                var entry = new GroupingEntry(stream, outcome, group);
                entries.Add(entry.Key, entry);
            }
        }

        foreach (var statutory in new[] { AdultSocialCare, ChildrensSocialCare, JointWithNhs, ChildrensNonStatutory })
        {
            Add(statutory, OutcomeGroup.Justified, Upheld, PartlyUpheld);                          // 000:788, 816, 920
            Add(statutory, OutcomeGroup.NotUpheld, ComplaintOutcome.NotUpheld);                    // 000:816, 920
            Add(statutory, OutcomeGroup.NippedInTheBud, Withdrawn, ResolvedEarly, Signposted);     // 000:788, 816, 920
        }

        Add(Corporate, OutcomeGroup.NippedInTheBud, ResolvedAsRoutineBusiness, ResolvedInformally); // 000:654, 1046, 1066
        Add(Corporate, OutcomeGroup.ResolvedWithRemedy, GoodWillGesture, FormalApologyAccepted);   // 000:1075-1077
        Add(Corporate, OutcomeGroup.Justified, Upheld, PartlyUpheld);
        Add(Corporate, OutcomeGroup.NotUpheld, ComplaintOutcome.NotUpheld);

        foreach (var ombudsman in new[] { OmbudsmanAdultSocialCare, OmbudsmanChildrensSocialCare })
        {
            Add(ombudsman, OutcomeGroup.AdditionalActionRequired, Upheld, PartlyUpheld, LocalSettlement); // 000:877, 991
            Add(ombudsman, OutcomeGroup.CouncilActionSufficient, NotProgressed);                           // 000:877: 63% = not progressed
            Add(ombudsman, OutcomeGroup.NotUpheld, ComplaintOutcome.NotUpheld);
            Add(ombudsman, OutcomeGroup.ReferredBack, ReferredBack);
        }

        Add(OmbudsmanCorporate, OutcomeGroup.AdditionalActionRequired, Upheld, PartlyUpheld, LocalSettlement);
        Add(OmbudsmanCorporate, OutcomeGroup.CouncilActionSufficient, NotProgressed, ReferredBack, LocalResolution); // 000:1107
        Add(OmbudsmanCorporate, OutcomeGroup.NotUpheld, ComplaintOutcome.NotUpheld, NotInvestigated);                // 000:1107 "not upheld or not investigated"

        var stages = new Dictionary<ComplaintStream, HashSet<ComplaintStage>>
        {
            [AdultSocialCare] = new() { Stage0, Formal },                              // 000:809
            [JointWithNhs] = new() { Stage0, Formal },
            [ChildrensSocialCare] = new() { Stage0, Stage1, Stage2, Stage3 },          // 000:900, 911
            [ChildrensNonStatutory] = new() { Stage0, Stage1, Stage2 },
            [Corporate] = new() { RoutineServiceIssue, Informal, Stage1, Stage2 },     // 000:1046, 1075-1077
            [OmbudsmanAdultSocialCare] = new() { Ombudsman },
            [OmbudsmanChildrensSocialCare] = new() { Ombudsman },
            [OmbudsmanCorporate] = new() { Ombudsman },
        };

        return new OutcomeGrouping(entries, stages);
    }
}
