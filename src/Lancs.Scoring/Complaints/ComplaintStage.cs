using Ardalis.SmartEnum;

namespace Lancs.Scoring.Complaints;

/// <summary>The stages the reports name, across the procedures.</summary>
public sealed class ComplaintStage : SmartEnum<ComplaintStage>
{
    /// <summary>Stage 0: "the early resolution of complaints" (000:809, 911).</summary>
    public static readonly ComplaintStage Stage0 = new(nameof(Stage0), 0);

    /// <summary>Adult social care's formal stage (000:809).</summary>
    public static readonly ComplaintStage Formal = new(nameof(Formal), 1);

    /// <summary>Children's Stage 1: the service manager's response (000:900); corporate Stage 1: the formal complaint (000:1075).</summary>
    public static readonly ComplaintStage Stage1 = new(nameof(Stage1), 2);

    /// <summary>Children's Stage 2: independent investigation (000:900); corporate Stage 2: Corporate Complaints Committee hearing (000:1075-1077).</summary>
    public static readonly ComplaintStage Stage2 = new(nameof(Stage2), 3);

    /// <summary>Children's Stage 3: review panel (000:900).</summary>
    public static readonly ComplaintStage Stage3 = new(nameof(Stage3), 4);

    /// <summary>Corporate "routine service issue": a first notification the council can put right (000:1046).</summary>
    public static readonly ComplaintStage RoutineServiceIssue = new(nameof(RoutineServiceIssue), 5);

    /// <summary>Corporate informal complaint (000:1046).</summary>
    public static readonly ComplaintStage Informal = new(nameof(Informal), 6);

    /// <summary>An enquiry with the Local Government Ombudsman (000:867).</summary>
    public static readonly ComplaintStage Ombudsman = new(nameof(Ombudsman), 7);

    private ComplaintStage(string name, int value)
        : base(name, value)
    {
    }
}
