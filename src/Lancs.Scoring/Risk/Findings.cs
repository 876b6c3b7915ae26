using System.Globalization;

namespace Lancs.Scoring.Risk;

/// <summary>The wording of every finding and change the register rules derive, in one place.</summary>
internal static class Findings
{
    public static Finding ResidualOnWrongSide(ScoredEntry s) => new(s.Id, FindingKind.ResidualOnWrongSide, s.HigherIsBetter
        ? Format("{0}: the residual score {1} is below the inherent score {2}; the actions should raise the score of a {3} (001:806).", s.Id, s.Residual, s.Inherent, s.Entry.Kind.Name.ToLowerInvariant())
        : Format("{0}: the residual score {1} is above the inherent score {2}; the actions should not raise the score of a {3}.", s.Id, s.Residual, s.Inherent, s.Entry.Kind.Name.ToLowerInvariant()));

    public static Finding MissingResidual(ScoredEntry s) => new(s.Id, FindingKind.MissingResidual,
        Format("{0}: no residual score is given; the entry is judged on its inherent score {1} until it is assessed.", s.Id, s.Inherent));

    public static Finding MixedStatedDirection(ScoredEntry s) => new(s.Id, FindingKind.MixedStatedDirection,
        Format("{0}: the stated direction '{1}' starts with {2} but goes on to qualify it; read it in full.", s.Id, s.Entry.StatedDirection.Raw, s.Entry.StatedDirection.Normalised));

    public static Finding DirectionContradicts(ScoreMovement m) => new(m.Entry.Id, FindingKind.DirectionContradictsScores,
        Format("{0}: the owner states {1} but the residual score moved {2} ({3} to {4}).", m.Entry.Id, m.Entry.StatedDirection.Normalised, m.Direction, m.From, m.To));

    public static Finding DuplicateId(ScoredEntry s) => new(s.Id, FindingKind.DuplicateId,
        Format("{0}: the identification number is used by more than one entry of the {1} register ('{2}').", s.Id, s.Entry.Quarter, s.Entry.Description));

    public static Finding LikelyRenumbering(ScoredEntry s, PreviousQuarterEntry p) => new(s.Id, FindingKind.LikelyRenumbering,
        Format("{0}: in {1} the id names '{2}', but in {3} it named '{4}'; the register was likely renumbered (002:264).", s.Id, s.Entry.Quarter, s.Entry.Description, p.Entry.Quarter, p.Entry.Description));

    public static Finding CoveringReportDisagrees(ScoredEntry s, CoveringStatement c) => new(s.Id, FindingKind.CoveringReportDisagrees,
        Format("{0}: the covering report quotes a residual of {1} ({2}) but the register shows {3}.", s.Id, c.StatedResidual, c.Source, s.Residual));

    public static Finding NotInCoveringReport(Inclusion i) => new(i.Entry.Id, FindingKind.NotInCoveringReport,
        Format("{0}: on the register with residual {1}, but the covering report does not mention it.", i.Entry.Id, i.Entry.JudgedScore));

    public static Finding PreviousQuarterNotAdjacent(PreviousQuarterGiven g) => new(null, FindingKind.PreviousQuarterNotAdjacent,
        Format("The previous register given is for {0}, not {1}: directions of travel and changes span more than one quarter.", g.Previous, g.Current.Previous));

    public static RegisterChange Added(Inclusion i) => new(i.Entry.Id, RegisterChangeKind.Added,
        Format("new entry with residual {0}: added to the register.", i.Entry.JudgedScore));

    public static RegisterChange Returned(Inclusion i, PreviousMatch m, ScoringPolicy policy) => new(i.Entry.Id, RegisterChangeKind.Added,
        Format("residual rose from {0} to {1}, at or above {2}: added to the register.", m.Previous.Judged, i.Entry.JudgedScore, policy.InclusionThreshold));

    public static RegisterChange Remains(Inclusion i, PreviousMatch m, ScoringPolicy policy) => m.Previous.Judged == i.Entry.JudgedScore
        ? new(i.Entry.Id, RegisterChangeKind.Remains, Format("residual remains at {0}, {1} or above: remains on the register.", i.Entry.JudgedScore, policy.InclusionThreshold))
        : new(i.Entry.Id, RegisterChangeKind.Rescored, Format("residual reassessed from {0} to {1}, still {2} or above: remains on the register.", m.Previous.Judged, i.Entry.JudgedScore, policy.InclusionThreshold));

    public static RegisterChange RemovedBelowThreshold(Inclusion i, PreviousMatch m, ScoringPolicy policy) => new(i.Entry.Id, RegisterChangeKind.Removed,
        Format("mitigating actions reduced the residual from {0} to {1}, below {2}: removed from the {3}; it remains on the {4}.", m.Previous.Judged, i.Entry.JudgedScore, policy.InclusionThreshold, policy.CorporateRegisterLabel, policy.ServiceRegisterLabel));

    public static RegisterChange RemovedWithoutReason(PreviousQuarterEntry p) => new(p.Id, RegisterChangeKind.Removed,
        Format("on the previous register with residual {0} but not on this one; the register gives no reason, so none is inferred.", p.Judged));

    private static string Format(string format, params object?[] args) => string.Format(CultureInfo.InvariantCulture, format, args);
}
