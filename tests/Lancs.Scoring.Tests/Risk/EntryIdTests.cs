using System;
using FsCheck.Xunit;
using Lancs.Scoring.Risk;
using Xunit;

namespace Lancs.Scoring.Tests.Risk;

public sealed class EntryIdTests
{
    [Theory]
    [InlineData("CR1", "CR1", "Risk", null)]
    [InlineData("CR30", "CR30", "Risk", null)]
    [InlineData("C01", "CO1", "Opportunity", null)]
    [InlineData("C02", "CO2", "Opportunity", null)]
    [InlineData("CO5", "CO5", "Opportunity", null)]
    [InlineData(" cr12 ", "CR12", "Risk", null)]
    [InlineData("CR01", "CR1", "Risk", null)]
    [InlineData("CR1.1", "CR1.1", "Risk", "CR1")]
    [InlineData("cr1.2", "CR1.2", "Risk", "CR1")]
    [InlineData("C01.1", "CO1.1", "Opportunity", "CO1")]
    public void TryParse_PrintedId_Normalises(string text, string normalised, string kind, string? parent)
    {
        Assert.True(EntryId.TryParse(text, out EntryId? id, out string? error));
        Assert.Null(error);
        Assert.Equal(text, id!.Raw);
        Assert.Equal(normalised, id.Normalised);
        Assert.Equal(kind, id.Kind.Name);
        Assert.Equal(parent, id.Parent);
    }

    [Theory]
    [InlineData("CR0")]
    [InlineData("C0")]
    [InlineData("C00")]
    [InlineData("CR1.0")]
    [InlineData("CR")]
    [InlineData("CR1.")]
    [InlineData("CR1.1.1")]
    [InlineData("CX1")]
    [InlineData("1")]
    [InlineData("CR 1")]
    [InlineData("CR12345")]
    public void TryParse_NotAnId_ExplainsWhatIsAccepted(string text)
    {
        Assert.False(EntryId.TryParse(text, out EntryId? id, out string? error));
        Assert.Null(id);
        Assert.Equal(
            $"'{text}' is not a register identification number; expected CR<n> for a risk or CO<n> (also printed C0<n>) for an opportunity, n from 1, optionally with a sub-item such as CR1.1.",
            error);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData(null)]
    public void Parse_Empty_ThrowsFormatException(string? text)
    {
        FormatException error = Assert.Throws<FormatException>(() => EntryId.Parse(text));

        Assert.StartsWith("The identification number is empty;", error.Message);
    }

    [Fact]
    public void Equality_DigitZeroAndLetterO_AreTheSameNumber()
    {
        EntryId printed = EntryId.Parse("C01");
        EntryId report = EntryId.Parse("CO1");

        Assert.Equal(report, printed);
        Assert.Equal(report.GetHashCode(), printed.GetHashCode());
        Assert.NotEqual(EntryId.Parse("CR1"), report);
        Assert.Equal("C01", printed.ToString());
    }

    [Property(MaxTest = 1000)]
    public bool ParseAndTryParse_AnyText_Agree(string? text)
    {
        bool ok = EntryId.TryParse(text, out EntryId? viaTry, out string? error);
        Exception? thrown = Record.Exception(() => EntryId.Parse(text));
        return ok
            ? thrown is null && EntryId.Parse(text).Equals(viaTry) && error is null
            : thrown is FormatException && thrown.Message == error;
    }

    [Property(MaxTest = 1000)]
    public bool Normalised_IsAFixedPoint(FsCheck.PositiveInt number, bool opportunity, bool digitZero)
    {
        string prefix = opportunity ? (digitZero ? "C0" : "co") : "cr";
        string text = prefix + (number.Get % 10000);
        if (!EntryId.TryParse(text, out EntryId? id, out _))
        {
            return number.Get % 10000 == 0;
        }

        return EntryId.Parse(id.Normalised).Normalised == id.Normalised && id.Kind.HigherIsBetter == opportunity;
    }
}
