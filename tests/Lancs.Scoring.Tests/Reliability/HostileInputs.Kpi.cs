using System.Collections.Generic;

namespace Lancs.Scoring.Tests.Reliability;

/// <summary>The KPI observations' cases: codes, period ends, values, comparators and targets, the CSV and the header.</summary>
public static partial class HostileInputs
{
    private const string Cpp3 = "CPP-RATE (line 3)";
    private const string CppQ1 = "CPP-RATE @ Q1 2017/18";

    private static IEnumerable<HostileCase> Kpi()
    {
        yield return Kpi("K001", "a plain valid observation", "CPP-RATE,Q1 2017/18,2017-06,52.5,,,,", Ok("CPP-RATE 2017-06 52.5"));
        yield return Kpi("K002", "no indicator code", ",Q1 2017/18,2017-06,52.5,,,,", Bad("(no code) (line 3)", "code", "every observation needs its indicator's code"));
        yield return Kpi("K003", "an indicator code of spaces", "   ,Q1 2017/18,2017-06,52.5,,,,", Bad("(no code) (line 3)", "code", "every observation needs its indicator's code"));
        yield return Kpi("K004", "a period ending in year 0000", "CPP-RATE,Q1 2017/18,0000-06,52.5,,,,", Bad(Cpp3, "end", "the period end must be a month written YYYY-MM, as in 2017-06, in the years 1900 to 9999."));
        yield return Kpi("K005", "a period ending in year 99999", "CPP-RATE,Q1 2017/18,99999-06,52.5,,,,", Bad(Cpp3, "end", "in the years 1900 to 9999"));
        yield return Kpi("K006", "a period ending in 1850", "CPP-RATE,Q1 2017/18,1850-06,52.5,,,,", Bad(Cpp3, "end", "in the years 1900 to 9999"));
        yield return Kpi("K007", "a period ending in January 1900", "CPP-RATE,1900,1900-01,52.5,,,,", Ok("CPP-RATE 1900-01 52.5"));
        yield return Kpi("K008", "a period ending in December 9999", "CPP-RATE,9999,9999-12,52.5,,,,", Ok("CPP-RATE 9999-12 52.5"));
        yield return Kpi("K009", "month 13", "CPP-RATE,Q1 2017/18,2017-13,52.5,,,,", Bad(Cpp3, "end", "the period end must be a month"));
        yield return Kpi("K010", "month 00", "CPP-RATE,Q1 2017/18,2017-00,52.5,,,,", Bad(Cpp3, "end", "the period end must be a month"));
        yield return Kpi("K011", "a one-digit month", "CPP-RATE,Q1 2017/18,2017-6,52.5,,,,", Ok("CPP-RATE 2017-06 52.5"));
        yield return Kpi("K012", "a slash for the hyphen", "CPP-RATE,Q1 2017/18,2017/06,52.5,,,,", Bad(Cpp3, "end", "the period end must be a month"));
        yield return Kpi("K013", "a month in words", "CPP-RATE,Q1 2017/18,June 2017,52.5,,,,", Bad(Cpp3, "end", "the period end must be a month"));
        yield return Kpi("K014", "no period end", "CPP-RATE,Q1 2017/18,,52.5,,,,", Bad(Cpp3, "end", "the period end must be a month"));
        yield return Kpi("K015", "a period end in Arabic-Indic digits", "CPP-RATE,Q1 2017/18,٢٠١٧-٠٦,52.5,,,,", Bad(Cpp3, "end", "the period end must be a month"));
        yield return Kpi("K016", "a full date for the period end", "CPP-RATE,Q1 2017/18,2017-06-30,52.5,,,,", Bad(Cpp3, "end", "the period end must be a month"));
        yield return Kpi("K017", "a signed year", "CPP-RATE,Q1 2017/18,+2017-06,52.5,,,,", Bad(Cpp3, "end", "the period end must be a month"));
        yield return Kpi("K018", "the value NaN", "CPP-RATE,Q1 2017/18,2017-06,NaN,,,,", Bad(CppQ1, "value", "Indicator 'CPP-RATE': value 'NaN' is not a finite number"));
        yield return Kpi("K019", "a value with an exponent", "CPP-RATE,Q1 2017/18,2017-06,1e3,,,,", Bad(CppQ1, "value", "value '1e3' is not a finite number"));
        yield return Kpi("K020", "a value in Arabic-Indic digits", "CPP-RATE,Q1 2017/18,2017-06,٥٢,,,,", Bad(CppQ1, "value", "value '٥٢' is not a finite number"));
        yield return Kpi("K021", "a value too large for a decimal", "CPP-RATE,Q1 2017/18,2017-06,79228162514264337593543950336,,,,", Bad(CppQ1, "value", "is not a finite number"));
        yield return Kpi("K022", "no value", "CPP-RATE,Q1 2017/18,2017-06,,,,,", Ok("CPP-RATE 2017-06 -"));
        yield return Kpi("K023", "a percentage sign", "CPP-RATE,Q1 2017/18,2017-06,52.5%,,,,", Ok("CPP-RATE 2017-06 52.5"));
        yield return Kpi("K024", "a negative value", "CPP-RATE,Q1 2017/18,2017-06,-5,,,,", Bad(CppQ1, "value", "value -5 lies outside its bounds"));
        yield return Kpi("K025", "a comparator that is not a number", "CPP-RATE,Q1 2017/18,2017-06,52.5,lots,,,", Bad(Cpp3, "england", "not a number; write comparators and targets as plain numbers."));
        yield return Kpi("K026", "a target that is not a number", "CPP-RATE,Q1 2017/18,2017-06,52.5,,,,x", Bad(Cpp3, "target", "not a number"));
        yield return Kpi("K027", "an indicator not in the catalogue", "NO-SUCH,Q1 2017/18,2017-06,1,,,,", Bad("NO-SUCH @ Q1 2017/18", "indicator", "Indicator 'NO-SUCH' is not in the catalogue"));
        yield return Kpi("K028", "a zero-width space after the code", "CPP-RATE\u200B,Q1 2017/18,2017-06,52.5,,,,",
            Bad("CPP-RATE\\u200B @ Q1 2017/18", "indicator", "Indicator 'CPP-RATE\\u200B' is not in the catalogue"));
        yield return Kpi("K029", "a code of 300 characters: the message quotes 200", new string('K', 300) + ",Q1 2017/18,2017-06,1,,,,",
            Bad(new string('K', 200) + "… (300 characters in all) @ Q1 2017/18", "indicator", "… (300 characters in all)' is not in the catalogue"));
        yield return KpiWhole("K030", "the same period twice: the later is rejected", KpiFile("CPP-RATE,Q1 2016/17 again,2016-06,60,,,,"),
            Bad("CPP-RATE @ Q1 2016/17 again", "period", "Indicator 'CPP-RATE' already has an observation for the period ending 2016-06; each period may appear once."));
        yield return Kpi("K031", "an unbalanced quote in the period label", "CPP-RATE,\"Q1 2017/18,2017-06,52.5,,,,",
            Bad("observations.csv line 3", "period", "malformed CSV at column 10: the quoted cell here has no closing quote before the end of the file"));
        yield return Kpi("K032", "a control character in the period label", "CPP-RATE,Q1\u0007 2017/18,2017-06,52.5,,,,", Bad("observations.csv line 3", "period", "control character U+0007 at position 3"));
        yield return Kpi("K033", "a long period label", "CPP-RATE," + new string('p', 5000) + ",2017-06,52.5,,,,", Ok("CPP-RATE 2017-06 52.5"));
        yield return Kpi("K034", "one cell too few", "CPP-RATE,Q1 2017/18,2017-06,52.5", Bad("observations.csv line 3", "row", "the row has 4 cells where the header has 8 cells"));
        yield return KpiWhole("K035", "no value column", KpiFile("CPP-RATE,Q1 2017/18,2017-06,52.5,,,,").Replace(",value,", ",amount,"), Usage("the header has no 'value' column"));
        yield return KpiWhole("K036", "two end columns", KpiFile("CPP-RATE,Q1 2017/18,2017-06,52.5,,,,").Replace("period,end", "end,end"),
            Usage("the header names the column 'end' twice (columns 2 and 3)"));
        yield return KpiWhole("K037", "an empty file", string.Empty, Usage("the file is empty; a KPI CSV starts with a header row."));
    }
}
