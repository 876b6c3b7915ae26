using System.Globalization;

namespace Lancs.Scoring.Risk;

/// <summary>The wording of every finding, change and inclusion reason the register rules derive, in one place.</summary>
/// <remarks>Each sentence is written when it is first read (the lambdas are static, so deferring costs no allocation):
/// a bulk re-score of a million entries that never prints them does not build a million sentences.</remarks>
internal static class Findings
{
    public static string InclusionReason(Inclusion i) => i.IsOnCorporateRegister
        ? Format("residual {0} is {1} or above: on the {2}.", i.Entry.JudgedScore, i.Policy.InclusionThreshold, i.Policy.CorporateRegisterLabel)
        : Format("residual {0} is below {1}: not on the {2}; it stays on the {3}.", i.Entry.JudgedScore, i.Policy.InclusionThreshold, i.Policy.CorporateRegisterLabel, i.Policy.ServiceRegisterLabel);

    public static Finding ResidualOnWrongSide(ScoredEntry s) => new(s.Id, FindingKind.ResidualOnWrongSide, static (a, _) => ResidualOnWrongSideText((ScoredEntry)a), s);

    public static Finding MissingResidual(ScoredEntry s) => new(s.Id, FindingKind.MissingResidual, static (a, _) => Format(
        "{0}: no residual score is given; the entry is judged on its inherent score {1} until it is assessed.", ((ScoredEntry)a).Id, ((ScoredEntry)a).Inherent), s);

    public static Finding MixedStatedDirection(ScoredEntry s) => new(s.Id, FindingKind.MixedStatedDirection, static (a, _) => Format(
        "{0}: the stated direction '{1}' starts with {2} but goes on to qualify it; read it in full.",
        ((ScoredEntry)a).Id, ((ScoredEntry)a).Entry.StatedDirection.Raw, ((ScoredEntry)a).Entry.StatedDirection.Normalised), s);

    public static Finding DirectionContradicts(ScoreMovement m) => new(m.Entry.Id, FindingKind.DirectionContradictsScores, static (a, _) => Format(
        "{0}: the owner states {1} but the residual score moved {2} ({3} to {4}).",
        ((ScoreMovement)a).Entry.Id, ((ScoreMovement)a).Entry.StatedDirection.Normalised, ((ScoreMovement)a).Direction, ((ScoreMovement)a).From, ((ScoreMovement)a).To), m);

    public static Finding DuplicateId(ScoredEntry s) => new(s.Id, FindingKind.DuplicateId, static (a, _) => Format(
        "{0}: the identification number is used by more than one entry of the {1} register ('{2}').",
        ((ScoredEntry)a).Id, ((ScoredEntry)a).Entry.Quarter, ((ScoredEntry)a).Entry.Description), s);

    public static Finding LikelyRenumbering(ScoredEntry s, PreviousQuarterEntry p) => new(s.Id, FindingKind.LikelyRenumbering, static (a, b) => Format(
        "{0}: in {1} the id names '{2}', but in {3} it named '{4}'; the register was likely renumbered (002:264).",
        ((ScoredEntry)a).Id, ((ScoredEntry)a).Entry.Quarter, ((ScoredEntry)a).Entry.Description, ((PreviousQuarterEntry)b!).Entry.Quarter, ((PreviousQuarterEntry)b).Entry.Description), s, p);

    public static Finding CoveringReportDisagrees(ScoredEntry s, CoveringStatement c) => new(s.Id, FindingKind.CoveringReportDisagrees, static (a, b) => Format(
        "{0}: the covering report quotes a residual of {1} ({2}) but the register shows {3}.",
        ((ScoredEntry)a).Id, ((CoveringStatement)b!).StatedResidual, ((CoveringStatement)b).Source, ((ScoredEntry)a).Residual), s, c);

    public static Finding NotInCoveringReport(Inclusion i) => new(i.Entry.Id, FindingKind.NotInCoveringReport, static (a, _) => Format(
        "{0}: on the register with residual {1}, but the covering report does not mention it.", ((Inclusion)a).Entry.Id, ((Inclusion)a).Entry.JudgedScore), i);

    public static Finding PreviousQuarterNotAdjacent(PreviousQuarterGiven g) => new(null, FindingKind.PreviousQuarterNotAdjacent, static (a, _) => Format(
        "The previous register given is for {0}, not {1}: directions of travel and changes span more than one quarter.",
        ((PreviousQuarterGiven)a).Previous, ((PreviousQuarterGiven)a).Current.Previous), g);

    public static RegisterChange Added(Inclusion i) => new(i.Entry.Id, RegisterChangeKind.Added, static (a, _) => Format(
        "new entry with residual {0}: added to the register.", ((Inclusion)a).Entry.JudgedScore), i);

    public static RegisterChange Returned(Inclusion i, PreviousMatch m) => new(i.Entry.Id, RegisterChangeKind.Added, static (a, b) => Format(
        "residual rose from {0} to {1}, at or above {2}: added to the register.",
        ((PreviousMatch)b!).Previous.Judged, ((Inclusion)a).Entry.JudgedScore, ((Inclusion)a).Policy.InclusionThreshold), i, m);

    public static RegisterChange Remains(Inclusion i, PreviousMatch m) => m.Previous.Judged == i.Entry.JudgedScore
        ? new(i.Entry.Id, RegisterChangeKind.Remains, static (a, _) => Format(
            "residual remains at {0}, {1} or above: remains on the register.", ((Inclusion)a).Entry.JudgedScore, ((Inclusion)a).Policy.InclusionThreshold), i)
        : new(i.Entry.Id, RegisterChangeKind.Rescored, static (a, b) => Format(
            "residual reassessed from {0} to {1}, still {2} or above: remains on the register.",
            ((PreviousMatch)b!).Previous.Judged, ((Inclusion)a).Entry.JudgedScore, ((Inclusion)a).Policy.InclusionThreshold), i, m);

    public static RegisterChange RemovedBelowThreshold(Inclusion i, PreviousMatch m) => new(i.Entry.Id, RegisterChangeKind.Removed, static (a, b) => Format(
        "mitigating actions reduced the residual from {0} to {1}, below {2}: removed from the {3}; it remains on the {4}.",
        ((PreviousMatch)b!).Previous.Judged, ((Inclusion)a).Entry.JudgedScore, ((Inclusion)a).Policy.InclusionThreshold,
        ((Inclusion)a).Policy.CorporateRegisterLabel, ((Inclusion)a).Policy.ServiceRegisterLabel), i, m);

    public static RegisterChange RemovedWithoutReason(PreviousQuarterEntry p) => new(p.Id, RegisterChangeKind.Removed, static (a, _) => Format(
        "on the previous register with residual {0} but not on this one; the register gives no reason, so none is inferred.", ((PreviousQuarterEntry)a).Judged), p);

    private static string ResidualOnWrongSideText(ScoredEntry s) => s.HigherIsBetter
        ? Format("{0}: the residual score {1} is below the inherent score {2}; the actions should raise the score of this {3} (001:806).", s.Id, s.Residual, s.Inherent, s.Entry.Kind.Name.ToLowerInvariant())
        : Format("{0}: the residual score {1} is above the inherent score {2}; the actions should not raise the score of this {3}.", s.Id, s.Residual, s.Inherent, s.Entry.Kind.Name.ToLowerInvariant());

    private static string Format(string format, params object?[] args) => string.Format(CultureInfo.InvariantCulture, format, args);
}
