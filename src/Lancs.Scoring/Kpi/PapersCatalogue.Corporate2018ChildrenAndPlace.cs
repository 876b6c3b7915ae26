using System.Collections.Generic;

namespace Lancs.Scoring.Kpi;

/// <content>The 2018 corporate report's keyed measures (002:452-616), with their printed polarity; generated from
/// the analysts' kpi_observations.csv.</content>
internal static partial class PapersCatalogue
{
    private static IEnumerable<Indicator> Corporate2018ChildrenAndPlace() => new[]
    {
            Keyed("CPMR18-454", "Number of contacts during the year", KpiUnit.Count, Polarity.None, "002:454"),
            Keyed("CPMR18-455", "Percentage of contacts that led to a referral during the year", KpiUnit.Percentage, Polarity.HigherIsBetter, "002:455"),
            Keyed("CPMR18-456-NUMBER", "Number of referrals during the year", KpiUnit.Count, Polarity.LowerIsBetter, "002:456"),
            Keyed("CPMR18-456-RATE", "Rate of referrals during the year", KpiUnit.RatePer10000, Polarity.LowerIsBetter, "002:456"),
            Keyed("CPMR18-457-NUMBER", "Number of referrals that are re-referrals during the year", KpiUnit.Count, Polarity.LowerIsBetter, "002:457"),
            Keyed("CPMR18-457-PCT", "Percentage of referrals that are re-referrals during the year", KpiUnit.Percentage, Polarity.LowerIsBetter, "002:457"),
            Keyed("CPMR18-458", "Percentage of assessments completed during the year which took over 45 days", KpiUnit.Percentage, Polarity.LowerIsBetter, "002:458"),
            Keyed("CPMR18-459-NUMBER", "Number of children with a Children in Need Plan (snapshot as at 31 March)", KpiUnit.Count, Polarity.LowerIsBetter, "002:459"),
            Keyed("CPMR18-459-RATE", "Rate of children with a Children in Need Plan (snapshot as at 31 March)", KpiUnit.RatePer10000, Polarity.LowerIsBetter, "002:459"),
            Keyed("CPMR18-460-NUMBER", "Number of children with a child protection plan (snapshot as at 31 March)", KpiUnit.Count, Polarity.LowerIsBetter, "002:460"),
            Keyed("CPMR18-460-RATE", "Rate of children with a child protection plan (snapshot as at 31 March)", KpiUnit.RatePer10000, Polarity.LowerIsBetter, "002:460"),
            Keyed("CPMR18-461", "Percentage of children with a repeat child protection plan over last 12 months (snapshot as at 31 March)", KpiUnit.Percentage, Polarity.LowerIsBetter, "002:461"),
            Keyed("CPMR18-462-NUMBER", "Number of Children Looked After (CLA) (snapshot as at 31 March)", KpiUnit.Count, Polarity.LowerIsBetter, "002:462"),
            Keyed("CPMR18-462-RATE", "Rate of Children Looked After (CLA) per 10,000 (snapshot as at 31 March)", KpiUnit.RatePer10000, Polarity.LowerIsBetter, "002:462"),
            Keyed("CPMR18-463", "Percentage of CLA in 3 or more placements over last 12 months", KpiUnit.Percentage, Polarity.LowerIsBetter, "002:463"),
            Keyed("CPMR18-464", "Percentage of staff on Assessed and Supported Year in Employment (ASYE) (snapshot as at 31 March)", KpiUnit.Percentage, Polarity.LowerIsBetter, "002:464"),
            Keyed("CPMR18-465", "Percentage of staff who are experienced social workers (3+ years) (snapshot as at 31 March)", KpiUnit.Percentage, Polarity.HigherIsBetter, "002:465"),
            Keyed("CPMR18-466", "Average caseload per social worker (snapshot as at 31 March)", KpiUnit.CasesPerWorker, Polarity.LowerIsBetter, "002:466"),
            Keyed("CPMR18-482", "Average time between a child entering care and moving in with their adoptive family, for children who have been adopted", KpiUnit.Days, Polarity.LowerIsBetter, "002:482"),
            Keyed("CPMR18-483", "Days between a local authority receiving court authority to place a child and deciding on a match to an adoptive family", KpiUnit.Days, Polarity.LowerIsBetter, "002:483"),
            Keyed("CPMR18-490", "Rate per 100,000 of first time entrants to youth justice system", KpiUnit.RatePer100000, Polarity.LowerIsBetter, "002:490"),
            Keyed("CPMR18-491", "% of YP reoffending", KpiUnit.Percentage, Polarity.LowerIsBetter, "002:491"),
            Keyed("CPMR18-492", "Rolling average Special Educational Needs statements transferred to Education and Health Care plan", KpiUnit.Count, Polarity.HigherIsBetter, "002:492"),
            Keyed("CPMR18-506", "% Absence levels in primary, secondary, and special schools", KpiUnit.Percentage, Polarity.LowerIsBetter, "002:506"),
            Keyed("CPMR18-507", "% Education settings rated Good/Outstanding", KpiUnit.Percentage, Polarity.HigherIsBetter, "002:507"),
            Keyed("CPMR18-517", "Average number of working days to repair a LCC street lighting fault", KpiUnit.Days, Polarity.LowerIsBetter, "002:517"),
            Keyed("CPMR18-518", "Highway Safety Carriageway Defects repaired within 20 working days", KpiUnit.Percentage, Polarity.HigherIsBetter, "002:518"),
            Keyed("CPMR18-520", "% of recycling, re-use and composting", KpiUnit.Percentage, Polarity.HigherIsBetter, "002:520"),
            Keyed("CPMR18-521", "% diversion of municipal waste away from landfill (including recovery)", KpiUnit.Percentage, Polarity.HigherIsBetter, "002:521"),
    };
}
