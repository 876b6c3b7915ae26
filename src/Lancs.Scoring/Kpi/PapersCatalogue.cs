using System.Collections.Generic;
using System.Linq;

namespace Lancs.Scoring.Kpi;

/// <summary>
/// The indicators the council papers band or key, transcribed with their sources (docs/kpi.md, "Catalogue").
/// </summary>
/// <remarks>The papers print no thresholds. The threshold-category tables below are illustrative: they sit strictly
/// inside the intervals the printed bands allow (kpi_rules.md 5.8), so both boundary rules reproduce every printed
/// band. The 2018 measures carry the corporate key but no thresholds, because the cell colours that held their
/// bands were lost (002:447-449): their observations are never banded.</remarks>
internal static partial class PapersCatalogue
{
    public static IEnumerable<Indicator> Indicators()
        => StartWell2017().Concat(Corporate2018ChildrenAndPlace()).Concat(Corporate2018AdultsAndHealth()).Concat(CustomerAccess());

    private static IEnumerable<Indicator> StartWell2017()
    {
        yield return Categorised("RE-REFERRAL-MONTHLY", "Monthly re-referral rate", KpiUnit.Percentage, Polarity.LowerIsBetter, "000:1622 moved down to Requires Improvement", 15.0m, 20.0m, 25.0m);
        yield return Categorised("CLA-RATE", "Children Looked After (CLA) rate per 10,000 children", KpiUnit.RatePer10000, Polarity.LowerIsBetter, "000:1618 remains Inadequate", 45.0m, 55.0m, 65.0m);
        yield return Categorised("CPP-RATE", "Child protection plan (CPP) rate per 10,000 children", KpiUnit.RatePer10000, Polarity.LowerIsBetter, "000:1636 moved up to Requires Improvement", 35.0m, 45.0m, 55.0m);
        yield return Categorised("CARE-LEAVERS-EET", "Proportion of care leavers in employment, education or training (EET)", KpiUnit.Percentage, Polarity.HigherIsBetter, "000:1626 dropped into Requires Improvement", 60.0m, 45.0m, 35.0m);
        yield return Categorised("CLA-PEP", "School aged CLA with a Personal Education Plan (PEP)", KpiUnit.Percentage, Polarity.HigherIsBetter, "000:1637 moved up to Good", 95.0m, 90.0m, 80.0m);
        yield return Categorised("CARE-LEAVERS-ACCOMMODATION", "Care leavers in suitable accommodation", KpiUnit.Percentage, Polarity.HigherIsBetter, "000:1638 in the Good threshold category", 95.0m, 85.0m, 75.0m);
        yield return Categorised("CARE-LEAVERS-CONTACT", "Care leavers contacted in the last three months", KpiUnit.Percentage, Polarity.HigherIsBetter, "000:1638 in the Good threshold category", 98.0m, 90.0m, 80.0m);
        yield return Categorised("SW-CASELOAD", "Average caseload for all social workers", KpiUnit.CasesPerWorker, Polarity.LowerIsBetter, "000:1639 remained in Good", 18.0m, 23.0m, 26.0m);
        yield return Categorised("IRO-CASELOAD", "Average caseload of Independent Reviewing Officers (IROs)", KpiUnit.CasesPerWorker, Polarity.LowerIsBetter, "000:1639 same position (Good)", 65.0m, 80.0m, 90.0m);
        yield return Categorised("FTE-YOUTH-JUSTICE", "First time entrants to the youth justice system (rate per 100,000 aged 10-17)", KpiUnit.RatePer100000, Polarity.LowerIsBetter, "000:1640 remain positioned in Outstanding (no value printed)", 250m, 300m, 350m);
        yield return Indicator.Create("ASYE-CASELOAD", "ASYE (newly qualified) social worker caseloads", KpiUnit.CasesPerWorker, Polarity.LowerIsBetter, BandingScheme.ThresholdCategories, source: "002:358 now rated Requires Improvement (no value printed)");
        yield return Indicator.Create("SW-EXPERIENCE-1-3", "Proportion of social workers with 1-3 years' experience", KpiUnit.Percentage, Polarity.HigherIsBetter, BandingScheme.ThresholdCategories, source: "002:358 remains rated outstanding (no value printed)");
    }

    private static IEnumerable<Indicator> CustomerAccess()
    {
        yield return Indicator.Create("CAS-CALLS-ANSWERED-CUSTOMER-CONTACT", "Telephone calls % answered - Customer Contact", KpiUnit.Percentage, Polarity.HigherIsBetter, null, target: 90m, source: "001:1098 % SLA 90, all SLA targets met (001:1078)");
        yield return Indicator.Create("CAS-EMAILS-ANSWERED-SOCIAL-CARE", "Emails % answered - Social Care", KpiUnit.Percentage, Polarity.HigherIsBetter, null, maximum: 200m, source: "001:1110 above 100% through carry-over (001:1117)");
    }

    private static Indicator Categorised(string code, string name, KpiUnit unit, Polarity polarity, string source, decimal outstandingGood, decimal goodRequiresImprovement, decimal requiresImprovementInadequate)
        => Indicator.Create(
            code,
            name,
            unit,
            polarity,
            BandingScheme.ThresholdCategories,
            new[] { Threshold.Absolute(outstandingGood), Threshold.Absolute(goodRequiresImprovement), Threshold.Absolute(requiresImprovementInadequate) },
            BoundaryRule.ToBetterBand,
            source: source,
            thresholdsAreIllustrative: true);

    private static Indicator Keyed(string code, string name, KpiUnit unit, Polarity polarity, string source, decimal? target = null)
        => Indicator.Create(code, name, unit, polarity, BandingScheme.CorporateKey2018, target: target, source: source + " (2018 key; band colours lost)");
}
