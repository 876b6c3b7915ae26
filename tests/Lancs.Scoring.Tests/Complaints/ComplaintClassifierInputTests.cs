using System;
using System.Linq;
using Lancs.Scoring.Complaints;
using Xunit;

namespace Lancs.Scoring.Tests.Complaints;

public sealed class ComplaintClassifierInputTests
{
    private static readonly DateTime June = new(2016, 6, 1);

    [Fact]
    public void Classify_BadComplaints_AreRejectedNamingTheFieldAndTheRestClassified()
    {
        var complaints = new[]
        {
            Complaint.Create("A-1", ComplaintStream.AdultSocialCare, ComplaintStage.Stage0, June, June, ComplaintOutcome.ResolvedEarly),
            Complaint.Create("A-2", ComplaintStream.AdultSocialCare, ComplaintStage.Formal, June, June, ComplaintOutcome.NotProgressed),
            Complaint.Create("A-3", ComplaintStream.AdultSocialCare, ComplaintStage.Stage3, June, June, ComplaintOutcome.Upheld),
            Complaint.Create("A-4", ComplaintStream.AdultSocialCare, ComplaintStage.Formal, June, June.AddDays(-1), ComplaintOutcome.Upheld),
            Complaint.Create("A-5", ComplaintStream.AdultSocialCare, ComplaintStage.Formal, June, June),
            Complaint.Create("A-6", ComplaintStream.AdultSocialCare, ComplaintStage.Formal, June),
        };

        var result = new ComplaintClassifier().Classify(complaints);

        Assert.Equal(new[] { "A-1" }, result.Classified.Select(c => c.Complaint.Reference));
        Assert.Equal(new[] { "A-6" }, result.Open.Select(c => c.Reference));
        Assert.Equal(new[] { ("A-2", "outcome"), ("A-3", "stage"), ("A-4", "closed"), ("A-5", "outcome") },
            result.Rejections.Select(r => (r.Entry.Split(' ')[0], r.Field)));
        Assert.Equal("A-2 (statutory adult social care), outcome 'NotProgressed': NotProgressed does not occur in statutory adult social care complaints; " +
            "the outcomes there are Upheld, PartlyUpheld, NotUpheld, Withdrawn, ResolvedEarly, Signposted.", result.Rejections[0].ToString());
    }

    [Fact]
    public void Classify_ComplaintReceivedInMarch_CountsInThePreviousFinancialYear()
    {
        var march = Complaint.Create("C-1", ComplaintStream.Corporate, ComplaintStage.Informal, new DateTime(2017, 3, 31), new DateTime(2017, 4, 3), ComplaintOutcome.ResolvedInformally);
        var april = Complaint.Create("C-2", ComplaintStream.Corporate, ComplaintStage.Informal, new DateTime(2017, 4, 1), new DateTime(2017, 4, 3), ComplaintOutcome.ResolvedInformally);

        var result = new ComplaintClassifier().Classify(new[] { march, april });

        Assert.Equal(new[] { 2016, 2017 }, result.Reports.Select(r => r.FinancialYear));
    }

    [Fact]
    public void Classify_GroupingChangedAsData_MovesTheOutcome()
    {
        var grouping = OutcomeGrouping.Default.With(ComplaintStream.OmbudsmanAdultSocialCare, ComplaintOutcome.NotUpheld, OutcomeGroup.CouncilActionSufficient);
        var enquiry = Complaint.Create("L-1", ComplaintStream.OmbudsmanAdultSocialCare, ComplaintStage.Ombudsman, June, June, ComplaintOutcome.NotUpheld);

        var result = new ComplaintClassifier(grouping).Classify(new[] { enquiry });

        Assert.Equal(OutcomeGroup.CouncilActionSufficient, result.Classified.Single().Group);
    }

    [Theory]
    [InlineData(26, 200, 13)]
    [InlineData(25, 200, 13)]
    [InlineData(24, 200, 12)]
    [InlineData(1, 3, 33)]
    [InlineData(2, 3, 67)]
    [InlineData(0, 0, 0)]
    public void Share_Rounded_IsNearestWholeNumberWithHalvesAwayFromZero(int count, int of, int rounded)
    {
        Assert.Equal(rounded, new Share(count, of).Rounded);
    }

    [Fact]
    public void Share_CountAboveDenominator_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Share(5, 4));
    }
}
