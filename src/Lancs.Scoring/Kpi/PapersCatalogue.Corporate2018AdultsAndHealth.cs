using System.Collections.Generic;

namespace Lancs.Scoring.Kpi;

/// <content>The 2018 corporate report's keyed measures (002:452-616), with their printed polarity; generated from
/// the analysts' kpi_observations.csv.</content>
internal static partial class PapersCatalogue
{
    private static IEnumerable<Indicator> Corporate2018AdultsAndHealth() => new[]
    {
            Keyed("CPMR18-523", "Number of visits to libraries each quarter", KpiUnit.Count, Polarity.HigherIsBetter, "002:523"),
            Keyed("CPMR18-524", "Number of visits to museums each month", KpiUnit.Count, Polarity.HigherIsBetter, "002:524"),
            Keyed("CPMR18-525", "Number of E-Book downloads each month", KpiUnit.Count, Polarity.HigherIsBetter, "002:525"),
            Keyed("CPMR18-526", "Number of library real issues each month", KpiUnit.Count, Polarity.HigherIsBetter, "002:526"),
            Keyed("CPMR18-528", "% of minerals and waste planning applications determined within 13 weeks", KpiUnit.Percentage, Polarity.HigherIsBetter, "002:528"),
            Keyed("CPMR18-529", "% of Regulation 3 planning applications determined within 8 weeks", KpiUnit.Percentage, Polarity.HigherIsBetter, "002:529"),
            Keyed("CPMR18-560", "Adults aged over 18 receiving self-directed support (personal budgets) (ASCOF) snapshot as at 31 March", KpiUnit.Percentage, Polarity.HigherIsBetter, "002:560"),
            Keyed("CPMR18-561", "Adults receiving direct payments (ASCOF) snapshot as at 31 March", KpiUnit.Percentage, Polarity.HigherIsBetter, "002:561"),
            Keyed("CPMR18-563", "Carers receiving direct payments for support direct to carer (ASCOF) during the year", KpiUnit.Percentage, Polarity.HigherIsBetter, "002:563"),
            Keyed("CPMR18-565", "Proportion of adults with learning disabilities who live in their own home or with their family (ASCOF) during the year", KpiUnit.Percentage, Polarity.HigherIsBetter, "002:565"),
            Keyed("CPMR18-567", "Permanent admissions to residential and nursing care homes per 100,000 pop aged 18-64 (ASCOF) during the year", KpiUnit.RatePer100000, Polarity.LowerIsBetter, "002:567"),
            Keyed("CPMR18-568", "Permanent admissions to residential and nursing care homes per 100,000 pop aged 65+ (ASCOF) during the year", KpiUnit.RatePer100000, Polarity.LowerIsBetter, "002:568"),
            Keyed("CPMR18-569", "Number of permanent admissions to residential and nursing care homes pop aged 65+ during the year", KpiUnit.Count, Polarity.LowerIsBetter, "002:569", target: 1795m),
            Keyed("CPMR18-570", "Number of reablement referrals during the year", KpiUnit.Count, Polarity.HigherIsBetter, "002:570"),
            Keyed("CPMR18-571", "Number of completed reablement support plans during the year", KpiUnit.Count, Polarity.HigherIsBetter, "002:571"),
            Keyed("CPMR18-572", "Proportion of older people (65+) still at home 91 days after discharge from hospital into reablement/rehabilitation (ASCOF), 1 Oct-31 Dec", KpiUnit.Percentage, Polarity.HigherIsBetter, "002:572"),
            Keyed("CPMR18-574", "Assessments completed within 7 days during the year", KpiUnit.Percentage, Polarity.HigherIsBetter, "002:574"),
            Keyed("CPMR18-575", "Assessments completed within 28 days during the year", KpiUnit.Percentage, Polarity.HigherIsBetter, "002:575"),
            Keyed("CPMR18-576", "Delayed Transfers of care from hospital - total delayed days due to social care in the month of March each year", KpiUnit.Days, Polarity.LowerIsBetter, "002:576"),
            Keyed("CPMR18-578", "Care Quality Commission - Care Home ratings good/outstanding snapshot as at 31 March", KpiUnit.Percentage, Polarity.HigherIsBetter, "002:578"),
            Keyed("CPMR18-579", "CQC Community Care Service ratings (good/outstanding) snapshot as at 31 March", KpiUnit.Percentage, Polarity.HigherIsBetter, "002:579"),
            Keyed("CPMR18-605", "The proportion of babies (at 12 months) immunised with the DTaP/IPV/Hib vaccine - rolling year to 31 December", KpiUnit.Percentage, Polarity.HigherIsBetter, "002:605"),
            Keyed("CPMR18-607", "Number of NHS Health Checks offered to eligible population", KpiUnit.Count, Polarity.HigherIsBetter, "002:607"),
            Keyed("CPMR18-608", "Number of NHS Health Checks completed", KpiUnit.Count, Polarity.HigherIsBetter, "002:608"),
            Keyed("CPMR18-609", "% completed of NHS Health Checks offered (Cumulative)", KpiUnit.Percentage, Polarity.HigherIsBetter, "002:609"),
            Keyed("CPMR18-611", "Percentage of women who smoke at time of delivery - rolling year to 31 December", KpiUnit.Percentage, Polarity.LowerIsBetter, "002:611"),
            Keyed("CPMR18-612", "People self-reporting to have successfully quit smoking as a percentage of all those setting a quit date", KpiUnit.Percentage, Polarity.HigherIsBetter, "002:612"),
            Keyed("CPMR18-615", "Number of families attached to the programme", KpiUnit.Count, Polarity.HigherIsBetter, "002:615"),
            Keyed("CPMR18-616", "Payment by results claims (submitted to the DCLG)", KpiUnit.Count, Polarity.HigherIsBetter, "002:616"),
    };
}
