using System.Linq;
using Lancs.Scoring.Complaints;
using Xunit;
using static Lancs.Scoring.Complaints.ComplaintOutcome;
using static Lancs.Scoring.Complaints.ComplaintStage;

namespace Lancs.Scoring.Tests.Complaints;

/// <summary>A stream whose complaints hold only a part counted within it says so, and is never reported as the whole.</summary>
public sealed class HonestTotalsTests
{
    private static readonly ComplaintClassifier Classifier = new();

    [Fact]
    public void Classify_OnlyTheJointComplaints_AdultSocialCareHasNoneOfItsOwn()
    {
        // The shipped file holds the 33 joint complaints (000:863), which count within adult social care's 479 (000:644, 802).
        var joint = new Cohort(ComplaintStream.JointWithNhs).Closed(25, NotUpheld, Formal).Open(8, Formal);

        var adult = Classifier.Classify(joint.Complaints).ReportFor(2016, ComplaintStream.AdultSocialCare)!;

        Assert.False(adult.HasOwnComplaints);
        Assert.Equal((33, 0), (adult.Received, adult.OwnReceived));
        Assert.Equal(new[] { ComplaintStream.JointWithNhs }, adult.IncludedStreams);
        Assert.Equal(33, adult.ReceivedByStream[ComplaintStream.JointWithNhs]);
    }

    [Fact]
    public void Classify_AdultAndJointComplaints_CountsEachPartOfTheTotal()
    {
        // 479 = 446 of adult social care's own + 33 joint (000:644 "Included in this figure there were 33 complex joint complaints").
        var own = new Cohort(ComplaintStream.AdultSocialCare).Closed(446, Upheld, Formal);
        var joint = new Cohort(ComplaintStream.JointWithNhs).Closed(33, NotUpheld, Formal);

        var result = Classifier.Classify(own.Complaints.Concat(joint.Complaints));
        var adult = result.ReportFor(2016, ComplaintStream.AdultSocialCare)!;

        Assert.True(adult.HasOwnComplaints);
        Assert.Equal((479, 446), (adult.Received, adult.OwnReceived));
        Assert.Equal(33, adult.ReceivedByStream[ComplaintStream.JointWithNhs]);
        Assert.Equal(new[] { ComplaintStream.JointWithNhs }, result.ReportFor(2016, ComplaintStream.JointWithNhs)!.ReceivedByStream.Keys);
    }

    [Fact]
    public void Classify_StreamWithNothingCountedWithinIt_IncludesNoOtherStream()
    {
        var corporate = new Cohort(ComplaintStream.Corporate).Closed(3, ResolvedInformally, Informal);

        var report = Classifier.Classify(corporate.Complaints).Reports.Single();

        Assert.True(report.HasOwnComplaints);
        Assert.Empty(report.IncludedStreams);
    }
}
