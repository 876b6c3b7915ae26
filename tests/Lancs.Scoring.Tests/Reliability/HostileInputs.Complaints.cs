using System.Collections.Generic;

namespace Lancs.Scoring.Tests.Reliability;

/// <summary>The complaints' cases: references, streams, stages, dates, outcomes, the CSV and the header.</summary>
public static partial class HostileInputs
{
    private const string A2 = "A-2 (line 3)";
    private const string A2Stream = "A-2 (statutory adult social care)";

    private static IEnumerable<HostileCase> Complaints()
    {
        yield return Com("C001", "a plain valid complaint", "A-2,AdultSocialCare,Stage0,2016-06-01,2016-06-05,ResolvedEarly,no", Ok("A-2 AdultSocialCare Stage0 2016-06-01 ResolvedEarly"));
        yield return Com("C002", "no reference", ",AdultSocialCare,Stage0,2016-06-01,2016-06-05,ResolvedEarly,no", Bad("(no reference) (line 3)", "reference", "every complaint needs its reference."));
        yield return Com("C003", "the control row's reference again: counted once", "C-1,AdultSocialCare,Stage0,2016-06-01,2016-06-05,ResolvedEarly,no",
            Bad("C-1 (line 3)", "reference", "line 2 has the same reference; each complaint is counted once, so give each its own reference."));
        yield return Com("C004", "a stream that does not exist", "A-2,Adults,Stage0,2016-06-01,,,no", Bad(A2, "stream", "not a stream; the streams are"));
        yield return Com("C005", "a stream in lower case", "A-2,adultsocialcare,Stage0,2016-06-01,2016-06-05,ResolvedEarly,no", Ok("A-2 AdultSocialCare Stage0"));
        yield return Com("C006", "a stage that does not exist", "A-2,AdultSocialCare,Stage9,2016-06-01,,,no", Bad(A2, "stage", "not a stage; the stages are"));
        yield return Com("C007", "a stage in lower case", "A-2,AdultSocialCare,stage0,2016-06-01,2016-06-05,ResolvedEarly,no", Ok("A-2 AdultSocialCare Stage0"));
        yield return Com("C008", "a date written day first", "A-2,AdultSocialCare,Stage0,01/06/2016,,,no", Bad(A2, "received", "not a date; write dates as YYYY-MM-DD."));
        yield return Com("C009", "30 February", "A-2,AdultSocialCare,Stage0,2016-02-30,,,no", Bad(A2, "received", "not a date"));
        yield return Com("C010", "year 0000", "A-2,AdultSocialCare,Stage0,0000-01-01,,,no", Bad(A2, "received", "not a date"));
        yield return Com("C011", "a date in full-width digits", "A-2,AdultSocialCare,Stage0,２０１６-06-01,,,no", Bad(A2, "received", "not a date"));
        yield return Com("C012", "no date received", "A-2,AdultSocialCare,Stage0,,,,no", Bad(A2, "received", "not a date"));
        yield return Com("C013", "received on 31 December 9999, still open", "A-2,AdultSocialCare,Stage0,9999-12-31,,,no", Ok("A-2 AdultSocialCare Stage0 9999-12-31 open"));
        yield return Com("C014", "a closing date in words", "A-2,AdultSocialCare,Stage0,2016-06-01,yesterday,ResolvedEarly,no", Bad(A2, "closed", "not a date; write dates as YYYY-MM-DD, or leave it blank while open."));
        yield return Com("C015", "closed before it was received", "A-2,AdultSocialCare,Stage0,2016-06-05,2016-06-01,ResolvedEarly,no", Bad(A2Stream, "closed", "closed before it was received (2016-06-05)."));
        yield return Com("C016", "closed with no outcome", "A-2,AdultSocialCare,Stage0,2016-06-01,2016-06-05,,no", Bad(A2Stream, "outcome", "the complaint is closed but has no outcome"));
        yield return Com("C017", "an outcome that does not exist", "A-2,AdultSocialCare,Stage0,2016-06-01,2016-06-05,Maybe,no", Bad(A2, "outcome", "not an outcome; the outcomes are"));
        yield return Com("C018", "an outcome the stream does not allow", "A-2,AdultSocialCare,Stage0,2016-06-01,2016-06-05,NotProgressed,no",
            Bad(A2Stream, "outcome", "NotProgressed does not occur in statutory adult social care complaints"));
        yield return Com("C019", "exceeded_timescale neither yes nor no", "A-2,AdultSocialCare,Stage0,2016-06-01,2016-06-05,ResolvedEarly,maybe", Bad(A2, "exceeded_timescale", "write yes or no."));
        yield return Com("C020", "exceeded_timescale blank", "A-2,AdultSocialCare,Stage0,2016-06-01,2016-06-05,ResolvedEarly,", Ok("A-2 AdultSocialCare Stage0"));
        yield return Com("C021", "a zero-width space in the reference (references are free text)", "A-2\u200B,AdultSocialCare,Stage0,2016-06-01,2016-06-05,ResolvedEarly,no", Ok("A-2\u200B AdultSocialCare"));
        yield return Com("C022", "a NUL in the reference", "A-2\0,AdultSocialCare,Stage0,2016-06-01,2016-06-05,ResolvedEarly,no", Bad("complaints.csv line 3", "reference", "control character U+0000 at position 4"));
        yield return Com("C023", "an unbalanced quote: the next row is still read", "A-2,\"AdultSocialCare,Stage0,2016-06-01,2016-06-05,ResolvedEarly,no",
            Bad("complaints.csv line 3", "stream", "the quoted cell here has no closing quote before the end of the file"));
        yield return Com("C024", "a Latin-1 byte in the reference", "A-{xE9},AdultSocialCare,Stage0,2016-06-01,2016-06-05,ResolvedEarly,no", Bad("complaints.csv line 3", "reference", "holds U+FFFD"));
        yield return ComWhole("C025", "two reference columns", ComplaintsFile("A-2,AdultSocialCare,Stage0,2016-06-01,2016-06-05,ResolvedEarly,no").Replace("stream,stage", "reference,stage"),
            Usage("the header names the column 'reference' twice (columns 1 and 2)"));
        yield return ComWhole("C026", "no received column", ComplaintsFile("A-2,AdultSocialCare,Stage0,2016-06-01,2016-06-05,ResolvedEarly,no").Replace(",received,", ",date,"),
            Usage("the header has no 'received' column"));
    }
}
