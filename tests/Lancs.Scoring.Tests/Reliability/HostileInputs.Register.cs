using System.Collections.Generic;

namespace Lancs.Scoring.Tests.Reliability;

/// <summary>The register's cases: scores, ids, kinds, descriptions, the CSV itself, encodings and the header.</summary>
public static partial class HostileInputs
{
    private const string Line3 = "CR2 (line 3)";
    private const string CsvLine3 = "2017-18-Q2.csv line 3";

    private static IEnumerable<HostileCase> Register()
    {
        // Scores.
        yield return Reg("R001", "a plain valid row", Row(), Ok("CR2 16/12"));
        yield return Reg("R002", "a score with a leading zero, 012", Row(inherent: "012", residual: "012"), Ok("CR2 12/12"));
        yield return Reg("R003", "a score with a leading zero, 05", Row(inherent: "05", residual: "04"), Ok("CR2 5/4"));
        yield return Reg("R004", "many leading zeros", Row(inherent: "000000000000016"), Ok("CR2 16/12"));
        yield return Reg("R005", "score 0", Row(inherent: "0"), Bad(Line3, "inherent", "0 is not on the 5x5 matrix; valid scores are 1, 2, 3, 4, 5, 6, 8, 9, 10, 12, 15, 16, 20, 25."));
        yield return Reg("R006", "score 00", Row(inherent: "00"), Bad(Line3, "inherent", "00 is not on the 5x5 matrix"));
        yield return Reg("R007", "score 7, between products", Row(inherent: "7"), Bad(Line3, "inherent", "7 is not on the 5x5 matrix"));
        yield return Reg("R008", "score 26, above the matrix", Row(inherent: "26"), Bad(Line3, "inherent", "26 is not on the 5x5 matrix"));
        yield return Reg("R009", "score 100", Row(inherent: "100"), Bad(Line3, "inherent", "100 is not on the 5x5 matrix"));
        yield return Reg("R010", "a negative score", Row(inherent: "-4"), Bad(Line3, "inherent", "'-4' is not a score"));
        yield return Reg("R011", "a decimal score", Row(inherent: "16.0"), Bad(Line3, "inherent", "'16.0' is not a score"));
        yield return Reg("R012", "an exponent", Row(inherent: "1e1"), Bad(Line3, "inherent", "'1e1' is not a score"));
        yield return Reg("R013", "twenty digits", Row(inherent: "99999999999999999999"), Bad(Line3, "inherent", "99999999999999999999 is not on the 5x5 matrix"));
        yield return Reg("R014", "five thousand digits: the message quotes 200", Row(inherent: new string('1', 5000)),
            Bad(Line3, "inherent", new string('1', 200) + "… (5,000 characters in all) is not on the 5x5 matrix"));
        yield return Reg("R015", "a score and a note in brackets", Row(inherent: "16 (following review)"), Ok("CR2 16/12 note (following review)"));
        yield return Reg("R016", "a score and a note after a space", Row(inherent: "16 following review"), Ok("CR2 16/12 note following review"));
        yield return Reg("R017", "a score and a note stuck to it", Row(inherent: "16following"), Bad(Line3, "inherent", "'16following' is not a score"));
        yield return Reg("R018", "a bare score with the cell as its note", Row(inherent: "25 (Catastrophic x Certain)"), Ok("CR2 25/12 note (Catastrophic x Certain)"));
        yield return Reg("R019", "impact x likelihood, 4x4", Row(inherent: "4x4"), Ok("CR2 16/12 cell 4x4"));
        yield return Reg("R020", "impact x likelihood with spaces", Row(inherent: "4 x 4"), Ok("CR2 16/12 cell 4x4"));
        yield return Reg("R021", "a multiplication sign, 4×4", Row(inherent: "4×4"), Ok("CR2 16/12 cell 4x4"));
        yield return Reg("R022", "a capital X", Row(inherent: "4X4"), Ok("CR2 16/12 cell 4x4"));
        yield return Reg("R023", "words, Major x Likely", Row(inherent: "Major x Likely"), Ok("CR2 16/12 cell 4x4"));
        yield return Reg("R024", "words and a sign with no spaces, Major×Likely", Row(inherent: "Major×Likely"), Ok("CR2 16/12 cell 4x4"));
        yield return Reg("R025", "words in lower case", Row(inherent: "major x likely"), Ok("CR2 16/12 cell 4x4"));
        yield return Reg("R026", "words and a note, Major x Unlikely (note)", Row(inherent: "Major x Unlikely (note)"), Ok("CR2 8/12 cell 4x2 note (note)"));
        yield return Reg("R027", "digits and a note, 4 x 4 (note)", Row(inherent: "4 x 4 (note)"), Ok("CR2 16/12 cell 4x4 note (note)"));
        yield return Reg("R028", "Almost certain", Row(inherent: "Major x Almost certain"), Ok("CR2 20/12 cell 4x5"));
        yield return Reg("R029", "Highly likely, which the papers use only as prose", Row(inherent: "Major x Highly likely"),
            Bad(Line3, "inherent", "'Highly likely' is not a likelihood"));
        yield return Reg("R030", "Catastrophic on a risk", Row(inherent: "Catastrophic x Likely"), Ok("CR2 20/12 cell 5x4"));
        yield return Reg("R031", "Outstanding, the opportunity word, on a risk", Row(inherent: "Outstanding x Likely"),
            Bad(Line3, "inherent", "'Outstanding' is the opportunity wording of impact 5 (000:1559); for a risk write Catastrophic, or 5."));
        yield return Reg("R032", "Outstanding on an opportunity", Row(id: "CO2", kind: "opportunity", inherent: "Outstanding x Likely"), Ok("CO2 20/12 cell 5x4"));
        yield return Reg("R033", "Catastrophic, the risk word, on an opportunity", Row(id: "CO2", kind: "opportunity", inherent: "Catastrophic x Likely"),
            Bad("CO2 (line 3)", "inherent", "'Catastrophic' is the risk wording of impact 5 (000:1559); for an opportunity write Outstanding, or 5."));
        yield return Reg("R034", "Catastrophic on an opportunity's residual", Row(id: "CO2", kind: "opportunity", inherent: "20", residual: "catastrophic x rare"),
            Bad("CO2 (line 3)", "residual", "'catastrophic' is the risk wording of impact 5"));
        yield return Reg("R035", "impact 6", Row(inherent: "6x4"), Bad(Line3, "inherent", "'6' is not an impact"));
        yield return Reg("R036", "likelihood 6", Row(inherent: "4x6"), Bad(Line3, "inherent", "'6' is not a likelihood"));
        yield return Reg("R037", "impact 0", Row(inherent: "0x10"), Bad(Line3, "inherent", "'0' is not an impact"));
        yield return Reg("R038", "a word run into the x, Majorx Likely", Row(inherent: "Majorx Likely"), Bad(Line3, "inherent", "'Majorx Likely' is not a score"));
        yield return Reg("R039", "three factors, 5x5x5", Row(inherent: "5x5x5"), Bad(Line3, "inherent", "'5x5' is not a likelihood"));
        yield return Reg("R040", "no impact, x4", Row(inherent: "x4"), Bad(Line3, "inherent", "'x4' is not a score"));
        yield return Reg("R041", "no likelihood, 4x", Row(inherent: "4x"), Bad(Line3, "inherent", "'4x' is not a score"));
        yield return Reg("R042", "Arabic-Indic digits ١٦", Row(inherent: "١٦"), Bad(Line3, "inherent", "'١٦' is not a score"));
        yield return Reg("R043", "full-width digits １６", Row(inherent: "１６"), Bad(Line3, "inherent", "'１６' is not a score"));
        yield return Reg("R044", "Devanagari digits १६", Row(inherent: "१६"), Bad(Line3, "inherent", "'१६' is not a score"));
        yield return Reg("R045", "ASCII digits then an Arabic-Indic one", Row(inherent: "16١"), Bad(Line3, "inherent", "'16١' is not a score"));
        yield return Reg("R046", "a residual in Arabic-Indic digits", Row(residual: "١٢"), Bad(Line3, "residual", "'١٢' is not a score"));
        yield return Reg("R047", "an empty score", Row(inherent: string.Empty), Bad(Line3, "inherent", "The score cell is empty"));
        yield return Reg("R048", "a score of spaces", Row(inherent: "   "), Bad(Line3, "inherent", "The score cell is empty"));
        yield return Reg("R049", "no residual", Row(residual: string.Empty), Ok("CR2 16/-"));
        yield return Reg("R050", "residual 13", Row(residual: "13"), Bad(Line3, "residual", "13 is not on the 5x5 matrix"));

        // Ids and kinds.
        yield return Reg("R051", "C0 printed for CO", Row(id: "C02", kind: "opportunity"), Ok("C02 16/12"));
        yield return Reg("R052", "an id in lower case", Row(id: "co2", kind: "opportunity"), Ok("co2 16/12"));
        yield return Reg("R053", "an id with spaces around", Row(id: " CR2 "), Ok(" CR2  16/12"));
        yield return Reg("R054", "a sub-item", Row(id: "CR2.1"), Ok("CR2.1 16/12"));
        yield return Reg("R055", "an id with a no-break space after it", Row(id: "CR2\u00A0"), Ok("CR2\u00A0 16/12"));
        yield return Reg("R056", "number 0", Row(id: "CR0"), Bad("CR0 (line 3)", "id", "'CR0' is not a register identification number; expected CR<n>"));
        yield return Reg("R057", "no number", Row(id: "CR"), Bad("CR (line 3)", "id", "'CR' is not a register identification number"));
        yield return Reg("R058", "five digits", Row(id: "CR12345"), Bad("CR12345 (line 3)", "id", "'CR12345' is not a register identification number"));
        yield return Reg("R059", "another prefix", Row(id: "X2"), Bad("X2 (line 3)", "id", "'X2' is not a register identification number"));
        yield return Reg("R060", "a hyphen", Row(id: "CR-2"), Bad("CR-2 (line 3)", "id", "'CR-2' is not a register identification number"));
        yield return Reg("R061", "no id", Row(id: string.Empty), Bad("line 3", "id", "The identification number is empty"));
        yield return Reg("R062", "a zero-width space after the id", Row(id: "CR2\u200B"),
            Bad("CR2\\u200B (line 3)", "id", "'CR2\\u200B' is not a register identification number: it holds the invisible character U+200B at position 4; retype the id"));
        yield return Reg("R063", "a zero-width space before the id", Row(id: "\u200BCR2"), Bad("\\u200BCR2 (line 3)", "id", "U+200B at position 1"));
        yield return Reg("R064", "a right-to-left override in the id", Row(id: "CR2\u202E"), Bad("CR2\\u202E (line 3)", "id", "U+202E at position 4"));
        yield return Reg("R065", "a full-width digit in the id", Row(id: "CR２"), Bad("CR２ (line 3)", "id", "'CR２' is not a register identification number; expected"));
        yield return Reg("R066", "full-width letters", Row(id: "ＣＲ2"), Bad("ＣＲ2 (line 3)", "id", "'ＣＲ2' is not a register identification number"));
        yield return Reg("R067", "an id of 300 characters: the entry quotes 200", Row(id: "CR" + new string('x', 298)),
            Bad("CR" + new string('x', 198) + "… (300 characters in all) (line 3)", "id", "… (300 characters in all)' is not a register identification number"));
        yield return Reg("R068", "the kind in capitals", Row(kind: "RISK"), Ok("CR2 16/12"));
        yield return Reg("R069", "an opportunity's kind on a risk's id", Row(kind: "opportunity"),
            Bad(Line3, "kind", "the kind must be 'risk' or 'opportunity' and agree with the id (CR2 is a risk)."));
        yield return Reg("R070", "an unknown kind", Row(kind: "threat"), Bad(Line3, "kind", "the kind must be 'risk' or 'opportunity'"));
        yield return Reg("R071", "no kind: it follows from the id", Row(id: "CO2", kind: string.Empty), Ok("CO2 16/12"));
        yield return Reg("R072", "the same id as the control row (a finding, not a rejection)", Row(id: "CR1"), Ok("CR1 16/12"));

        // Descriptions and other cells.
        yield return Reg("R073", "no description", Row(description: string.Empty), Bad(Line3, "description", "the description is empty"));
        yield return Reg("R074", "a description of spaces", Row(description: "   "), Bad(Line3, "description", "the description is empty"));
        yield return Reg("R075", "a description of 60,000 characters", Row(description: new string('d', 60_000)), Ok("CR2 16/12"));
        yield return Reg("R076", "a description of 65,537 characters, over the cell limit", Row(description: new string('d', 65_537)),
            Bad(CsvLine3, "description", "malformed CSV at column 10: the cell here is longer than 65,536 characters, the limit for a cell; the row was skipped."));
        yield return Reg("R077", "a NUL in the description", Row(description: "Sec\0ond"), Bad(CsvLine3, "description", "the cell holds the control character U+0000 at position 4; remove it"));
        yield return Reg("R078", "an escape sequence in the description", Row(description: "\u001B[31mSecond"), Bad(CsvLine3, "description", "control character U+001B at position 1"));
        yield return Reg("R079", "DEL in the description", Row(description: "Second\u007F"), Bad(CsvLine3, "description", "control character U+007F at position 7"));
        yield return Reg("R080", "a C1 control (next line) in the owner", "CR2,risk,Second,Economic,M\u0085T,16,12,Level,x", Bad(CsvLine3, "owner", "control character U+0085 at position 2"));
        yield return Reg("R081", "a tab in the description", Row(description: "Sec\tond"), Ok("CR2 16/12"));
        yield return Reg("R082", "U+FFFD written in the file", Row(description: "Sec\uFFFDond"), Bad(CsvLine3, "description", "the cell holds U+FFFD, the mark of bytes that are not UTF-8"));
        yield return Reg("R083", "a Latin-1 byte (é as 0xE9)", Row(description: "Caf{xE9}"), Bad(CsvLine3, "description", "save the file as UTF-8; the row was skipped."));
        yield return Reg("R084", "a UTF-8 sequence cut short", Row(description: "Sec{xE2}{x80}ond"), Bad(CsvLine3, "description", "holds U+FFFD"));
        yield return Reg("R085", "an encoded surrogate", Row(description: "{xED}{xA0}{x80}"), Bad(CsvLine3, "description", "holds U+FFFD"));
        yield return Reg("R086", "a zero-width space in the description", Row(description: "Sec\u200Bond"), Ok("CR2 16/12"));
        yield return Reg("R087", "an arrow as the direction", Row(direction: "↑"), Ok("CR2 16/12"));
        yield return Reg("R088", "a direction of 10,000 characters", Row(direction: new string('z', 10_000)), Ok("CR2 16/12"));

        // The CSV itself.
        yield return Reg("R089", "a quote inside an unquoted cell", "CR2,risk,Sec\"ond,Economic,MT,16,12,Level,x",
            Bad(CsvLine3, "description", "malformed CSV at column 10: a quote inside a cell that does not start with one (at column 13)"));
        yield return Reg("R090", "a quote opened and never closed: the next row is still read", "CR2,risk,\"Second,Economic,MT,16,12,Level,x",
            Bad(CsvLine3, "description", "malformed CSV at column 10: the quoted cell here has no closing quote before the end of the file; the row was skipped."));
        yield return Reg("R091", "text after a closing quote", "CR2,risk,\"Second\"x,Economic,MT,16,12,Level,x",
            Bad(CsvLine3, "description", "text follows the closing quote of the quoted cell here (at column 18)"));
        yield return Reg("R092", "spaces after a closing quote", "CR2,risk,\"Second\"  ,Economic,MT,16,12,Level,x", Bad(CsvLine3, "description", "text follows the closing quote"));
        yield return Reg("R093", "a space before an opening quote", "CR2,risk, \"Second\",Economic,MT,16,12,Level,x", Bad(CsvLine3, "description", "a quote inside a cell that does not start with one (at column 11)"));
        yield return Reg("R094", "one cell too many (an unquoted comma)", Row(description: "Second, part two"),
            Bad(CsvLine3, "row", "malformed CSV at column 1: the row has 10 cells where the header has 9 cells (a comma that should be inside quotes, or a missing cell?)"));
        yield return Reg("R095", "a trailing comma", Row() + ",", Bad(CsvLine3, "row", "the row has 10 cells where the header has 9 cells"));
        yield return Reg("R096", "one cell too few", "CR2,risk,Second,Economic,MT,16,12,Level", Bad(CsvLine3, "row", "the row has 8 cells where the header has 9 cells"));
        yield return Reg("R097", "an id alone", "CR2", Bad(CsvLine3, "row", "the row has 1 cell where the header has 9 cells"));
        yield return Reg("R098", "a row of empty cells", ",,,,,,,,", Bad("line 3", "id", "The identification number is empty"));
        yield return Reg("R099", "a quoted cell with a comma", Row(description: "\"Second, part two\""), Ok("CR2 16/12"));
        yield return Reg("R100", "a quoted cell with doubled quotes", Row(description: "\"The \"\"Hub\"\" project\""), Ok("CR2 16/12"));
        yield return Reg("R101", "a quoted cell over two lines", Row(description: "\"Second\nline\""), Ok("CR2 16/12"));
        yield return Reg("R102", "a quoted direction over three lines", Row(direction: "\"Level\n- one\n- two\""), Ok("CR2 16/12"));
        yield return Reg("R103", "a line of 262,145 characters, over the row limit", Row(description: new string('d', 262_145)),
            Bad(CsvLine3, "row", "malformed CSV at column 1: the line is longer than 262,144 characters, the limit for a row; the row was skipped."));
        yield return Reg("R104", "a quoted cell of 70,000 characters with no closing quote", "CR2,risk,\"" + new string('d', 70_000),
            Bad(CsvLine3, "description", "the quoted cell here runs past 65,536 characters, the limit for a cell, without its closing quote"));

        // Whole files: line endings, encodings, blank lines, the header.
        yield return RegFile("R105", "CR LF line endings", RegisterFile(Row()).Replace("\n", "\r\n"), Ok("CR2 16/12"));
        yield return RegFile("R106", "CR line endings (classic Mac)", RegisterFile(Row()).Replace("\n", "\r"), Ok("CR2 16/12"));
        yield return RegFile("R107", "a UTF-8 byte-order mark", "\uFEFF" + RegisterFile(Row()), Ok("CR2 16/12"));
        yield return RegFile("R108", "UTF-16 with a byte-order mark", "utf16:" + RegisterFile(Row()), Ok("CR2 16/12"));
        yield return RegFile("R109", "a blank line before the row (not a row)", string.Join("\n", RegisterHeader, RegisterFirst, string.Empty, Row(), RegisterLast), Ok("CR2 16/12"));
        yield return RegFile("R110", "a line of spaces before the row (not a row)", string.Join("\n", RegisterHeader, RegisterFirst, "   ", Row(), RegisterLast), Ok("CR2 16/12"));
        yield return RegFile("R111", "header names in capitals", RegisterFile(Row()).Replace(RegisterHeader, RegisterHeader.ToUpperInvariant()), Ok("CR2 16/12"));
        yield return RegFile("R112", "header names with spaces around", RegisterFile(Row()).Replace(RegisterHeader, " id , kind ,description,risk_type,owner, inherent,residual ,direction_of_travel,source"), Ok("CR2 16/12"));
        yield return RegFile("R113", "an extra column the reader does not use", string.Join("\n", RegisterHeader + ",notes", RegisterFirst + ",n", Row() + ",n", RegisterLast + ",n"), Ok("CR2 16/12"));
        yield return RegFile("R114", "no kind column", string.Join("\n", "id,description,risk_type,owner,inherent,residual,direction_of_travel,source",
            "CR1,First,Economic,MT,16,12,Level,x", "CR2,Second,Economic,MT,16,12,Level,x", "CR9,Last,Economic,MT,16,12,Level,x"), Ok("CR2 16/12"));
        yield return RegFile("R115", "columns in another order", string.Join("\n", "residual,inherent,id,description", "12,16,CR1,First", "12,16,CR2,Second", "12,16,CR9,Last"), Ok("CR2 16/12"));
        yield return RegFile("R116", "two residual columns", RegisterFile(Row()).Replace("residual,", "residual,residual,"),
            Usage("2017-18-Q2.csv: the header names the column 'residual' twice (columns 7 and 8); each column may appear once, or it is not clear which to read."));
        yield return RegFile("R117", "Residual and residual", RegisterFile(Row()).Replace("inherent,residual", "Residual,residual"), Usage("the header names the column 'residual' twice (columns 6 and 7)"));
        yield return RegFile("R118", "no residual column", RegisterFile(Row()).Replace(",residual", string.Empty), Usage("the header has no 'residual' column; expected id,kind,description"));
        yield return RegFile("R119", "an empty file", string.Empty, Usage("the file is empty; a register CSV starts with a header row."));
        yield return RegFile("R120", "only blank lines", "\n\n  \n", Usage("the file is empty"));
        yield return RegFile("R121", "a header with an unbalanced quote", RegisterFile(Row()).Replace("id,kind", "\"id,kind"), Usage("line 1: the header row is malformed CSV at column 1"));
        yield return RegFile("R122", "binary bytes (a PNG signature)", "{x89}PNG\r\n{x1A}\n{x00}{x00}{x00}\rIHDR", Usage("the header has no 'id' column"));
        yield return RegFile("R123", "UTF-16 without a byte-order mark", "utf16nobom:" + RegisterFile(Row()), Usage("the header has no 'id' column"));
    }
}
