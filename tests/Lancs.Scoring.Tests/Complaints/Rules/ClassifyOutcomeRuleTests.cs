using System.Linq;
using Lancs.Scoring.Complaints;
using Lancs.Scoring.Complaints.Rules;
using Lancs.Scoring.Engine;
using Xunit;
using static Lancs.Scoring.Tests.Complaints.Rules.ComplaintRuleKit;

namespace Lancs.Scoring.Tests.Complaints.Rules;

public sealed class ClassifyOutcomeRuleTests
{
    [Fact]
    public void Fire_CorporateResolvedInformally_NippedInTheBud()
    {
        // 000:1046 corporate matters resolved before the formal stage are 'nipped in the bud'; 000:1066 "26 complaints were
        // resolved in the informal process".
        Complaint complaint = Closed("CORP-1", ComplaintStream.Corporate, ComplaintStage.Informal, ComplaintOutcome.ResolvedInformally);
        BatchSession session = Run(new[] { complaint }, new ClassifyOutcomeRule());

        ClassifiedComplaint classified = Assert.Single(session.Derived<ClassifiedComplaint>());

        Assert.Same(complaint, classified.Complaint);
        Assert.Equal(OutcomeGroup.NippedInTheBud, classified.Group);
        Derivation why = session.AssertDerivedBy(classified, "Classify outcome", "000:788");
        Assert.Same(complaint, why.Sources[0]);
        GroupingEntry entry = Assert.IsType<GroupingEntry>(why.Sources[1]);
        Assert.Equal((ComplaintStream.Corporate, ComplaintOutcome.ResolvedInformally), (entry.Stream, entry.Outcome));
    }

    [Fact]
    public void Fire_StatutoryOutcomes_JustifiedNotUpheldOrNippedInTheBud()
    {
        // 000:816 "one third were withdrawn, had an early resolution or were signposted out of the process, 51% were upheld or
        // partly upheld and 16% were not upheld".
        var complaints = new[]
        {
            Closed("ASC-1", ComplaintStream.AdultSocialCare, ComplaintStage.Formal, ComplaintOutcome.PartlyUpheld),
            Closed("ASC-2", ComplaintStream.AdultSocialCare, ComplaintStage.Formal, ComplaintOutcome.NotUpheld),
            Closed("ASC-3", ComplaintStream.AdultSocialCare, ComplaintStage.Stage0, ComplaintOutcome.Signposted),
        };
        BatchSession session = Run(complaints, new ClassifyOutcomeRule());

        Assert.Equal(
            new[] { ("ASC-1", OutcomeGroup.Justified), ("ASC-2", OutcomeGroup.NotUpheld), ("ASC-3", OutcomeGroup.NippedInTheBud) },
            session.Derived<ClassifiedComplaint>().Select(c => (c.Complaint.Reference, c.Group)).OrderBy(c => c.Reference, System.StringComparer.Ordinal));
    }

    [Fact]
    public void Fire_OmbudsmanReferredBack_GroupDependsOnTheStream()
    {
        // 000:877 social care: referred back is its own share (13%); 000:1107 corporate: "'not progressed' (i.e. they were either
        // referred back to the council ...)", counted as council action sufficient.
        var complaints = new[]
        {
            Closed("LGO-ASC-1", ComplaintStream.OmbudsmanAdultSocialCare, ComplaintStage.Ombudsman, ComplaintOutcome.ReferredBack),
            Closed("LGO-CORP-1", ComplaintStream.OmbudsmanCorporate, ComplaintStage.Ombudsman, ComplaintOutcome.ReferredBack),
        };
        BatchSession session = Run(complaints, new ClassifyOutcomeRule());

        var groups = session.Derived<ClassifiedComplaint>().ToDictionary(c => c.Complaint.Reference, c => c.Group);

        Assert.Equal(2, groups.Count);
        Assert.Equal(OutcomeGroup.ReferredBack, groups["LGO-ASC-1"]);
        Assert.Equal(OutcomeGroup.CouncilActionSufficient, groups["LGO-CORP-1"]);
    }

    [Fact]
    public void Fire_OpenComplaint_NotClassified()
    {
        // 000:816 "the rest (88) were still open at year-end": no outcome, so no group.
        BatchSession session = Run(new[] { Open("ASC-88", ComplaintStream.AdultSocialCare, ComplaintStage.Formal) }, new ClassifyOutcomeRule());

        Assert.Empty(session.Derived<ClassifiedComplaint>());
    }

    [Fact]
    public void Fire_OutcomeTheStreamDoesNotUse_NotClassified()
    {
        // "Resolved informally" is a corporate outcome (000:1066); adult social care has no such line in the grouping.
        BatchSession session = Run(new[] { Closed("ASC-1", ComplaintStream.AdultSocialCare, ComplaintStage.Formal, ComplaintOutcome.ResolvedInformally) },
            new ClassifyOutcomeRule());

        Assert.Empty(session.Derived<ClassifiedComplaint>());
    }
}
