using System.Collections.Generic;

namespace Lancs.Scoring.Tests.Reliability;

/// <summary>The command line's cases: arguments, files that are not files, and the exit codes (0 the run did its job,
/// findings included; 1 rejected rows; 2 usage or input error).</summary>
public static partial class HostileInputs
{
    private const string PaperRegister = "{data}/registers/2018-19-Q1.csv";

    private static IEnumerable<HostileCase> CommandLine()
    {
        var rejectedCr12 = ("2017-18-Q2.csv", string.Join("\n", RegisterHeader, Row(id: "CR12", inherent: "7"), RegisterLast) + "\n");
        yield return Cli("L001", "no arguments: the help", string.Empty, 0, "lancs-scoring: re-score Lancashire County Council's");
        yield return Cli("L002", "an unknown command", "frobnicate", 2, "lancs-scoring: unknown command 'frobnicate'.");
        yield return Cli("L003", "an unknown command of 300 characters: the message quotes 200", new string('c', 300), 2, "unknown command '" + new string('c', 199) + "…'.");
        yield return Cli("L004", "rescore without a file", "rescore", 2, "rescore needs REGISTER: a register file");
        yield return Cli("L005", "a file that does not exist", "rescore|{dir}/missing.csv", 2, "missing.csv: no such file.");
        yield return Cli("L006", "a directory for the register", "rescore|{dir}", 2, ": is a directory; give a file.");
        yield return Cli("L007", "a stray second file", "rescore|" + PaperRegister + "|{data}/registers/2017-18-Q2.csv", 2,
            "rescore takes one file; '");
        yield return Cli("L008", "a stray second file for diff", "diff|" + PaperRegister + "|extra.csv|--policy|{dir}/a.json|--policy|{dir}/a.json", 2,
            "diff takes one file; 'extra.csv' is one too many", ("a.json", "{}"));
        yield return Cli("L009", "explain an id whose longer namesake was rejected (no prefix match)", "explain|{dir}/2017-18-Q2.csv|CR1", 2, "CR1 is not in the register.", rejectedCr12);
        yield return Cli("L010", "explain an entry beside a rejected row", "explain|{dir}/2017-18-Q2.csv|CR9", 0, "CR9 (Q2 2017/18): Last", rejectedCr12);
        yield return Cli("L011", "explain a rejected id", "explain|{dir}/2017-18-Q2.csv|CR12", 2, "CR12 was rejected: CR12 (line 2), inherent '7': 7 is not on the 5x5 matrix", rejectedCr12);
        yield return Cli("L012", "explain an id that is not an id", "explain|" + PaperRegister + "|CRX", 2, "'CRX' is not a register identification number");
        yield return Cli("L013", "explain an id with a zero-width space", "explain|" + PaperRegister + "|CR1\u200B", 2, "'CR1\\u200B' is not a register identification number: it holds the invisible character U+200B");
        yield return Cli("L014", "an unknown format", "rescore|" + PaperRegister + "|--format|xml", 2, "--format 'xml' is not one of table, csv, json, xlsx, html, svg.");
        yield return Cli("L015", "a quarter that is not one", "rescore|" + PaperRegister + "|--quarter|2017/18 Q5", 2, "--quarter '2017/18 Q5' is not a quarter such as 2017/18 Q2.");
        yield return Cli("L016", "--previous twice", "rescore|" + PaperRegister + "|--previous|" + PaperRegister + "|--previous|" + PaperRegister, 2, "--previous is given more than once.");
        yield return Cli("L017", "an option the command does not take", "rescore|" + PaperRegister + "|--colour|red", 2, "rescore does not take --colour");
        yield return Cli("L018", "an option with no value", "rescore|" + PaperRegister + "|--format", 2, "--format needs a value.");
        yield return Cli("L019", "a file name with no quarter", "rescore|{dir}/register.csv", 2, "the file name does not say its quarter", ("register.csv", RegisterFile(Row())));
        yield return Cli("L020", "kpi with two files", "kpi|{data}/kpi/observations.csv|{data}/kpi/observations.csv", 2, "kpi takes one file; '");
        yield return Cli("L021", "complaints with a missing file", "complaints|{dir}/none.csv", 2, "none.csv: no such file.");
        yield return Cli("L022", "a rejected row: exit code 1", "rescore|{dir}/2017-18-Q2.csv", 1, "CR12 (line 2), inherent '7': 7 is not on the 5x5 matrix", rejectedCr12);
        yield return Cli("L023", "a header and no rows: nothing to report", "rescore|{dir}/2017-18-Q2.csv", 0, "Corporate risk and opportunity register, Q2 2017/18", ("2017-18-Q2.csv", RegisterHeader + "\n"));
        yield return Cli("L024", "a missing policy file", "rescore|" + PaperRegister + "|--policy|{dir}/none.json", 2, "none.json: no such policy file.");
        yield return Cli("L025", "a directory for the policy", "rescore|" + PaperRegister + "|--policy|{dir}", 2, ": is a directory; give a policy file.");
        yield return Cli("L026", "an empty register file", "rescore|{dir}/2017-18-Q2.csv", 2, "the file is empty; a register CSV starts with a header row.", ("2017-18-Q2.csv", string.Empty));
        yield return Cli("L027", "a directory for the KPI file", "kpi|{dir}", 2, ": is a directory; give a file.");
        yield return Cli("L028", "a directory for the previous register", "rescore|" + PaperRegister + "|--previous|{dir}", 2, ": is a directory; give a file.");
        yield return Cli("L029", "an empty file name", "rescore|", 2, "an empty name was given for a file.");
        yield return Cli("L030", "too many rows that are not CSV: the file is refused", "rescore|{dir}/2017-18-Q2.csv", 2,
            "more than 10,000 rows could not be read (the first: 2017-18-Q2.csv line 2, id 'x\"': malformed CSV",
            ("2017-18-Q2.csv", RegisterHeader + "\n" + string.Concat(System.Linq.Enumerable.Repeat("x\"\n", 10_001))));
        yield return Cli("L031", "a quoted cell of 10 MB: rejected, and quoted at most 200 characters", "rescore|{dir}/2017-18-Q2.csv|--format|json", 1,
            "\"value\": \"CR2,risk,\\u0022" + new string('d', 189) + "\\u2026\"", ("2017-18-Q2.csv", RegisterFile("CR2,risk,\"" + new string('d', 10 << 20) + "\",Economic,MT,16,12,Level,x")));
        const string Q2 = "{data}/registers/2017-18-Q2.csv|--previous|{data}/registers/2016-17-Q1.csv";
        yield return Cli("L032", "findings and no rejected row: exit code 0 (findings are the report, not a failure)", "rescore|" + Q2, 0, "Findings (9):");
        yield return Cli("L033", "--fail-on findings: findings give exit code 1", "rescore|" + Q2 + "|--fail-on|findings", 1, "Findings (9):");
        yield return Cli("L034", "--fail-on never: a rejected row gives exit code 0", "rescore|{dir}/2017-18-Q2.csv|--fail-on|never", 0, "CR12 (line 2), inherent '7'", rejectedCr12);
        yield return Cli("L035", "a command's --help: its own options, exit code 0", "rescore|--help", 0, "--previous-quarter");
        yield return Cli("L036", "a misspelt option: refused with the nearest one", "rescore|" + PaperRegister + "|--fromat|json", 2, "rescore does not take --fromat. Did you mean '--format'?");
        yield return Cli("L037", "--format=json, the equals form", "rescore|" + PaperRegister + "|--format=json", 0, "\"quarter\": \"Q1 2018/19\"");
        yield return Cli("L038", "a text file named .xlsx", "rescore|{dir}/2017-18-Q2.xlsx", 2, "is not an Excel workbook (.xlsx is a zip of XML parts; this file is not a zip)", ("2017-18-Q2.xlsx", RegisterFile(Row())));
        yield return Cli("L039", "a sheet the workbook lacks", "rescore|{data}/registers/2017-18-Q2.xlsx|--sheet|Q9", 2, "the workbook has no sheet 'Q9'; its sheets are 'Register Q2 2017-18'.");
        yield return Cli("L040", "--columns naming a column the register has not", "rescore|" + PaperRegister + "|--columns|colour=Red", 2, "--columns: 'colour' is not a register column");
        yield return Cli("L041", "a right-to-left override in a description: shown escaped", "rescore|{dir}/2017-18-Q2.csv", 0, "Pay \\u202Eroll",
            ("2017-18-Q2.csv", RegisterFile("CR1,risk,Pay \u202Eroll,Economic,MT,16,12,Level,x")));
        yield return Cli("L042", "--catalogue: a catalogue file that is not one", "kpi|{data}/kpi/observations.csv|--catalogue|{dir}/c.json", 2, "indicators", ("c.json", "{ \"indicators\": 12 }"));
        yield return Cli("L043", "--format xlsx to standard output that is not redirected", "rescore|" + PaperRegister + "|--format|xlsx", 2, "--format xlsx writes a binary workbook: give --output FILE.xlsx");
    }
}
