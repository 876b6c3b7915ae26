using System.Collections.Generic;
using static Lancs.Scoring.Complaints.ComplaintStage;
using static Lancs.Scoring.Complaints.ComplaintStream;
using static Lancs.Scoring.Complaints.TimescaleStart;
using static Lancs.Scoring.Complaints.TimescaleStep;

namespace Lancs.Scoring.Complaints;

/// <summary>The timescales the library ships.</summary>
public sealed partial class ComplaintTimescales
{
    private const string AdultStatutory = "000:820 '6 month statutory maximum timescale'; 2009 Regulations (000:675)";

    private const string ChildrenStatutory = "Children Act 1989 Representations Procedure (England) Regulations 2006 (000:676)";

    private const string ChildrenPanel = ChildrenStatutory + ": panel within 30 working days, its report within 5, the response within 15";

    private const string HandlingCode = "Housing Ombudsman / LGSCO Complaint Handling Code (not in the council's papers)";

    /// <summary>Gets the shipped timescales on <see cref="WorkingCalendar.EnglandAndWales"/>, counted as a council officer counts
    /// them (the start day not counted; a deadline in months on a non-working day moved to the next working day; open complaints
    /// judged at the end of the financial year). docs/complaints.md gives each line's source.</summary>
    public static ComplaintTimescales Default { get; } = Create(WorkingCalendar.EnglandAndWales, DefaultTimescales());

    private static IEnumerable<Timescale> DefaultTimescales()
    {
        // Adult social care, and joint complaints with the NHS under the same Regulations: 6 months from receipt (000:820).
        foreach (var stream in new[] { AdultSocialCare, JointWithNhs })
        {
            yield return Timescale.Create(stream, Stage0, Respond, 6, TimescaleUnit.CalendarMonths, Received, AdultStatutory, isStatutory: true);
            yield return Timescale.Create(stream, Formal, Respond, 6, TimescaleUnit.CalendarMonths, Received, AdultStatutory, isStatutory: true);
        }

        // Children's statutory stages: 10 working days (extendable to 20), 25 (to 65), and the Stage 3 panel.
        yield return Timescale.Create(ChildrensSocialCare, Stage1, Respond, 10, TimescaleUnit.WorkingDays, Received, ChildrenStatutory, extensionAllowed: 10, isStatutory: true);
        yield return Timescale.Create(ChildrensSocialCare, Stage2, Respond, 25, TimescaleUnit.WorkingDays, Escalated, ChildrenStatutory, extensionAllowed: 40, isStatutory: true);
        yield return Timescale.Create(ChildrensSocialCare, Stage3, Respond, 50, TimescaleUnit.WorkingDays, Escalated, ChildrenPanel, isStatutory: true);

        // Corporate complaints, and children's complaints outside the Children Act procedure: the Complaint Handling Code.
        foreach (var stream in new[] { Corporate, ChildrensNonStatutory })
        {
            yield return Timescale.Create(stream, Stage1, Acknowledge, 5, TimescaleUnit.WorkingDays, Received, HandlingCode);
            yield return Timescale.Create(stream, Stage1, Respond, 10, TimescaleUnit.WorkingDays, Acknowledged, HandlingCode, extensionAllowed: 10);
            yield return Timescale.Create(stream, Stage2, Acknowledge, 5, TimescaleUnit.WorkingDays, Escalated, HandlingCode);
            yield return Timescale.Create(stream, Stage2, Respond, 20, TimescaleUnit.WorkingDays, Acknowledged, HandlingCode);
        }
    }
}
