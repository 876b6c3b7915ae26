using Ardalis.SmartEnum;

namespace Lancs.Scoring.Complaints;

/// <summary>The complaint procedures the annual reports count separately.</summary>
/// <remarks>Two statutory procedures and the corporate one (000:625), joint complaints with the NHS (counted inside
/// adult social care, 000:644), children's non-statutory complaints (outside the statutory total, 000:642-646) and the
/// Local Government Ombudsman's enquiries, reported by the procedure they came from (000:874, 988, 1107).</remarks>
public sealed class ComplaintStream : SmartEnum<ComplaintStream>
{
    /// <summary>Statutory adult social care complaints (2009 Regulations, 000:731).</summary>
    public static readonly ComplaintStream AdultSocialCare = new(nameof(AdultSocialCare), 1, "statutory adult social care", null, isOmbudsman: false);

    /// <summary>Statutory children's social care complaints (Children Act 1989, three stages, 000:900).</summary>
    public static readonly ComplaintStream ChildrensSocialCare = new(nameof(ChildrensSocialCare), 2, "statutory children's social care", null, isOmbudsman: false);

    /// <summary>Joint complaints with the NHS; counted inside adult social care's total (000:644, 863).</summary>
    public static readonly ComplaintStream JointWithNhs = new(nameof(JointWithNhs), 3, "joint complaints with the NHS", AdultSocialCare, isOmbudsman: false);

    /// <summary>Children's complaints outside the Children Act procedure (000:900, 963); not in the statutory total.</summary>
    public static readonly ComplaintStream ChildrensNonStatutory = new(nameof(ChildrensNonStatutory), 4, "children's non-statutory", null, isOmbudsman: false);

    /// <summary>Corporate (non-statutory) complaints: everything outside social care (000:1017).</summary>
    public static readonly ComplaintStream Corporate = new(nameof(Corporate), 5, "corporate", null, isOmbudsman: false);

    /// <summary>Local Government Ombudsman enquiries about adult social care (000:874).</summary>
    public static readonly ComplaintStream OmbudsmanAdultSocialCare = new(nameof(OmbudsmanAdultSocialCare), 6, "Ombudsman enquiries, adult social care", null, isOmbudsman: true);

    /// <summary>Local Government Ombudsman enquiries about children's social care (000:988).</summary>
    public static readonly ComplaintStream OmbudsmanChildrensSocialCare = new(nameof(OmbudsmanChildrensSocialCare), 7, "Ombudsman enquiries, children's social care", null, isOmbudsman: true);

    /// <summary>Local Government Ombudsman enquiries about corporate services (000:1107).</summary>
    public static readonly ComplaintStream OmbudsmanCorporate = new(nameof(OmbudsmanCorporate), 8, "Ombudsman enquiries, corporate", null, isOmbudsman: true);

    private ComplaintStream(string name, int value, string label, ComplaintStream? countedWithin, bool isOmbudsman)
        : base(name, value)
    {
        Label = label;
        CountedWithin = countedWithin;
        IsOmbudsman = isOmbudsman;
    }

    /// <summary>Gets the stream's name as the reports write it.</summary>
    public string Label { get; }

    /// <summary>Gets the stream whose totals also count this one's complaints (adult social care for joint NHS complaints), or <see langword="null"/>.</summary>
    public ComplaintStream? CountedWithin { get; }

    /// <summary>Gets whether the stream counts Ombudsman enquiries, whose shares are over the year's enquiries (000:877).</summary>
    public bool IsOmbudsman { get; }
}
