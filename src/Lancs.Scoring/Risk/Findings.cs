namespace Lancs.Scoring.Risk;

/// <summary>The wording of every finding, change and inclusion reason the register rules derive, in one place.</summary>
/// <remarks>Each sentence is written when it is first read (the lambdas are static, so deferring costs no allocation):
/// a bulk re-score of a million entries that never prints them does not build a million sentences. A lambda returns a
/// <see cref="Sentence"/>, its template and unboxed values, so that a writer copies it into its output without a string,
/// a boxed quarter or score, or an argument array for each of a million findings.</remarks>
internal static class Findings
{
    /// <summary>Why the entry is on the register or not: the policy's shared sentence for its judged score.</summary>
    public static string InclusionReason(Inclusion i) => i.Policy.InclusionSentence(i.IsOnCorporateRegister, i.Entry.JudgedScore);

    /// <summary>Words the inclusion sentence of a judged score under a policy (<see cref="ScoringPolicy.InclusionSentence"/> keeps it).</summary>
    public static string InclusionWording(ScoringPolicy policy, bool onRegister, RiskScore score) => (onRegister
        ? Format("residual {0} is {1} or above: on the {2}.", score, policy.InclusionThreshold, policy.CorporateRegisterLabel)
        : Format("residual {0} is below {1}: not on the {2}; it stays on the {3}.", score, policy.InclusionThreshold, policy.CorporateRegisterLabel, policy.ServiceRegisterLabel)).ToString();

    public static Finding ResidualOnWrongSide(ScoredEntry s) => new(s.Id, FindingKind.ResidualOnWrongSide, static (a, _) => ResidualOnWrongSideText((ScoredEntry)a), s);

    public static Finding MissingResidual(ScoredEntry s) => new(s.Id, FindingKind.MissingResidual, static (a, _) => Format(
        "{0}: no residual score is given; the entry is judged on its inherent score {1} until it is assessed.", ((ScoredEntry)a).Id, ((ScoredEntry)a).Inherent), s);

    public static Finding MixedStatedDirection(ScoredEntry s) => new(s.Id, FindingKind.MixedStatedDirection, static (a, _) => MixedText((ScoredEntry)a), s);

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
        "{0}residual rose from {1} to {2}, at or above {3}: added to the register.",
        Was((PreviousMatch)b!), ((PreviousMatch)b!).Previous.Judged, ((Inclusion)a).Entry.JudgedScore, ((Inclusion)a).Policy.InclusionThreshold), i, m, PreviousIdOf(m));

    public static RegisterChange Remains(Inclusion i, PreviousMatch m) => m.Previous.Judged == i.Entry.JudgedScore
        ? new(i.Entry.Id, RegisterChangeKind.Remains, static (a, b) => Format(
            "{0}residual remains at {1}, {2} or above: remains on the register.",
            Was((PreviousMatch)b!), ((Inclusion)a).Entry.JudgedScore, ((Inclusion)a).Policy.InclusionThreshold), i, m, PreviousIdOf(m))
        : new(i.Entry.Id, RegisterChangeKind.Rescored, static (a, b) => Format(
            "{0}residual reassessed from {1} to {2}, still {3} or above: remains on the register.",
            Was((PreviousMatch)b!), ((PreviousMatch)b!).Previous.Judged, ((Inclusion)a).Entry.JudgedScore, ((Inclusion)a).Policy.InclusionThreshold), i, m, PreviousIdOf(m));

    public static RegisterChange RemovedBelowThreshold(Inclusion i, PreviousMatch m) => new(i.Entry.Id, RegisterChangeKind.Removed, static (a, b) => Format(
        "{0}mitigating actions reduced the residual from {1} to {2}, below {3}: removed from the {4}; it remains on the {5}.",
        Was((PreviousMatch)b!), ((PreviousMatch)b!).Previous.Judged, ((Inclusion)a).Entry.JudgedScore, ((Inclusion)a).Policy.InclusionThreshold,
        ((Inclusion)a).Policy.CorporateRegisterLabel, ((Inclusion)a).Policy.ServiceRegisterLabel), i, m, PreviousIdOf(m));

    public static Finding Renumbered(PreviousMatch m) => new(m.Current.Id, FindingKind.Renumbered, static (a, _) => Format(
        "{0}: continues {1} of {2} ('{3}'), renumbered; its direction and changes are against {1} (002:264).",
        ((PreviousMatch)a).Current.Id, ((PreviousMatch)a).Previous.Id, ((PreviousMatch)a).Previous.Entry.Quarter, ((PreviousMatch)a).Previous.Entry.Description),
        m, previousId: m.Previous.Id);

    public static RegisterChange RemovedWithoutReason(PreviousQuarterEntry p) => new(p.Id, RegisterChangeKind.Removed, static (a, _) => Format(
        "on the previous register with residual {0} but not on this one; the register gives no reason, so none is inferred.", ((PreviousQuarterEntry)a).Judged), p);

    /// <summary>"was CR5 in Q2 2017/18; " for a renumbered entry, so its change names both ids; empty otherwise.</summary>
    private static string Was(PreviousMatch m) => m.IsRenumbered ? Format("was {0} in {1}; ", m.Previous.Id, m.Previous.Entry.Quarter).ToString() : string.Empty;

    private static EntryId? PreviousIdOf(PreviousMatch m) => m.IsRenumbered ? m.Previous.Id : null;

    public static Finding TargetMet(ScoredEntry s) => new(s.Id, FindingKind.TargetMet, static (a, _) => Format(
        "{0}: the residual score {1} already meets the target {2} (at or {3} it, as the score of this {4} should be).",
        ((ScoredEntry)a).Id, ((ScoredEntry)a).Residual, ((ScoredEntry)a).Target, ((ScoredEntry)a).HigherIsBetter ? "above" : "below", KindWord((ScoredEntry)a)), s);

    public static Finding TargetOnWrongSide(ScoredEntry s) => new(s.Id, FindingKind.TargetOnWrongSide, static (a, _) => Format(
        "{0}: the target {1} is {2} the residual score {3}; the target of this {4} should be at or {5} its residual, where the actions are taking it.",
        ((ScoredEntry)a).Id, ((ScoredEntry)a).Target, ((ScoredEntry)a).HigherIsBetter ? "below" : "above", ((ScoredEntry)a).Residual, KindWord((ScoredEntry)a),
        ((ScoredEntry)a).HigherIsBetter ? "above" : "below"), s);

    public static Finding OutsideAppetite(ScoredEntry s, RiskAppetite appetite) => new(s.Id, FindingKind.OutsideAppetite, static (a, b) =>
    {
        var scored = (ScoredEntry)a;
        var zones = (RiskAppetite)b!;
        var residual = scored.Entry.Residual!;
        var where = zones.ZoneOf(residual) is { } zone ? Format("lies in the zone '{0}'", zone.Name).ToString() : "lies in none of the policy's zones";
        return Format("{0}: the residual {1} {2}, outside the appetite for {3} ({4}).",
            scored.Id, ScoreAndCell(residual, scored.Entry.Kind), where, Plural(scored.Entry.Kind), RiskAppetite.Names(zones.WithinAppetite(scored.Entry.Kind)));
    }, s, appetite);

    public static string AppetiteRuleDescription(RiskAppetite appetite)
    {
        const string What = "Reports an entry whose residual score lies outside the risk appetite the policy states for its kind";
        if (!appetite.HasZones)
        {
            return What + "; this policy defines no appetite zones, so it reports nothing.";
        }

        string Within(RegisterKind kind) => appetite.WithinAppetite(kind).Count == 0 ? "none stated" : "within " + RiskAppetite.Names(appetite.WithinAppetite(kind));
        return Format("{0} (risks: {1}; opportunities: {2}). Zones given as score ranges place bare scores; zones given as cells apply only where the cell is known.",
            What, Within(RegisterKind.Risk), Within(RegisterKind.Opportunity)).ToString();
    }

    private static string KindWord(ScoredEntry s) => s.Entry.Kind.Name.ToLowerInvariant();

    private static string Plural(RegisterKind kind) => kind == RegisterKind.Opportunity ? "opportunities" : "risks";

    /// <summary>"16" for a bare score, "20 (Outstanding x Likely)" for a known cell, with the kind's impact label.</summary>
    private static string ScoreAndCell(Assessment assessment, RegisterKind kind) => assessment.Impact is { } impact && assessment.Likelihood is { } likelihood
        ? Format("{0} ({1} x {2})", assessment.Score, impact.LabelFor(kind), likelihood.Name).ToString()
        : assessment.Score.ToString();

    private static Sentence MixedText(ScoredEntry s) => s.Entry.StatedDirection.Normalised is { } leading
        ? Format("{0}: the stated direction '{1}' starts with {2} but goes on to qualify it; read it in full.", s.Id, s.Entry.StatedDirection.Raw, leading)
        : Format("{0}: the stated direction '{1}' states more than one direction ({2}); read it in full.",
            s.Id, s.Entry.StatedDirection.Raw, string.Join(", ", s.Entry.StatedDirection.ReadFrom));

    private static Sentence ResidualOnWrongSideText(ScoredEntry s) => s.HigherIsBetter
        ? Format("{0}: the residual score {1} is below the inherent score {2}; the actions should raise the score of this {3} (001:806).", s.Id, s.Residual, s.Inherent, s.Entry.Kind.Name.ToLowerInvariant())
        : Format("{0}: the residual score {1} is above the inherent score {2}; the actions should not raise the score of this {3}.", s.Id, s.Residual, s.Inherent, s.Entry.Kind.Name.ToLowerInvariant());

    private static Sentence Format(string template, SentencePart p0) => Sentence.Of(template, p0);

    private static Sentence Format(string template, SentencePart p0, SentencePart p1) => Sentence.Of(template, p0, p1);

    private static Sentence Format(string template, SentencePart p0, SentencePart p1, SentencePart p2) => Sentence.Of(template, p0, p1, p2);

    private static Sentence Format(string template, SentencePart p0, SentencePart p1, SentencePart p2, SentencePart p3) =>
        Sentence.Of(template, p0, p1, p2, p3);

    private static Sentence Format(string template, SentencePart p0, SentencePart p1, SentencePart p2, SentencePart p3, SentencePart p4) =>
        Sentence.Of(template, p0, p1, p2, p3, p4);

    private static Sentence Format(string template, SentencePart p0, SentencePart p1, SentencePart p2, SentencePart p3, SentencePart p4, SentencePart p5) =>
        Sentence.Of(template, p0, p1, p2, p3, p4, p5);
}
