using System.Collections.Generic;
using System.Linq;

namespace Lancs.Scoring.Tests.Reliability;

/// <summary>
/// The hostile-input catalogue (docs/reliability.md): inputs a new user, a careless export or a hostile file produce, each
/// with the exact outcome it must have. Cases whose row text is given are placed on line 3 of a file whose lines 2 and
/// last hold a valid control row, which must be accepted whatever happens to line 3.
/// </summary>
public static partial class HostileInputs
{
    public const string RegisterHeader = "id,kind,description,risk_type,owner,inherent,residual,direction_of_travel,source";
    public const string RegisterFirst = "CR1,risk,First,Economic,MT,16,12,Level,x";
    public const string RegisterLast = "CR9,risk,Last,Economic,MT,16,12,Level,x";

    public const string KpiHeader = "code,period,end,value,england,north_west,stat_neighbours,target";
    public const string KpiFirst = "CPP-RATE,Q1 2016/17,2016-06,65.2,,,,";
    public const string KpiLast = "CLA-PEP,Q1 2017/18,2017-06,96,,,,";

    public const string ComplaintsHeader = "reference,stream,stage,received,closed,outcome,exceeded_timescale";
    public const string ComplaintsFirst = "C-1,AdultSocialCare,Stage0,2016-06-01,2016-06-05,ResolvedEarly,no";
    public const string ComplaintsLast = "C-9,AdultSocialCare,Stage0,2016-07-01,2016-07-05,ResolvedEarly,no";

    private static List<HostileCase>? _all;

    /// <summary>Gets every case, in catalogue order.</summary>
    public static IReadOnlyList<HostileCase> All => _all ??= Register().Concat(Kpi()).Concat(Complaints()).Concat(Policy()).Concat(CommandLine()).ToList();

    public static IReadOnlyDictionary<string, HostileCase> ById => All.ToDictionary(c => c.Id);

    /// <summary>Returns the ids of one area's cases, for a theory.</summary>
    public static IEnumerable<object[]> Ids(HostileArea area) => All.Where(c => c.Area == area).Select(c => new object[] { c.Id });

    /// <summary>A register file: the header, the control row, <paramref name="row"/> on line 3, the last control row.</summary>
    public static string RegisterFile(string row) => string.Join("\n", RegisterHeader, RegisterFirst, row, RegisterLast) + "\n";

    public static string KpiFile(string row) => string.Join("\n", KpiHeader, KpiFirst, row, KpiLast) + "\n";

    public static string ComplaintsFile(string row) => string.Join("\n", ComplaintsHeader, ComplaintsFirst, row, ComplaintsLast) + "\n";

    /// <summary>A register row with the given cells and the usual others.</summary>
    public static string Row(string id = "CR2", string kind = "risk", string description = "Second", string inherent = "16", string residual = "12",
        string direction = "Level") => $"{id},{kind},{description},Economic,MT,{inherent},{residual},{direction},x";

    private static HostileCase Reg(string id, string what, string row, Expect expect) => new(id, HostileArea.Register, what, RegisterFile(row), expect);

    private static HostileCase RegFile(string id, string what, string file, Expect expect) => new(id, HostileArea.Register, what, file, expect);

    private static HostileCase Kpi(string id, string what, string row, Expect expect) => new(id, HostileArea.Kpi, what, KpiFile(row), expect);

    private static HostileCase KpiWhole(string id, string what, string file, Expect expect) => new(id, HostileArea.Kpi, what, file, expect);

    private static HostileCase Com(string id, string what, string row, Expect expect) => new(id, HostileArea.Complaints, what, ComplaintsFile(row), expect);

    private static HostileCase ComWhole(string id, string what, string file, Expect expect) => new(id, HostileArea.Complaints, what, file, expect);

    private static HostileCase Pol(string id, string what, string json, Expect expect) => new(id, HostileArea.Policy, what, json, expect);

    private static HostileCase Cli(string id, string what, string args, int exitCode, string shows, params (string Name, string Text)[] files) =>
        new(id, HostileArea.CommandLine, what, args, Expect.Usage(shows), exitCode, files.ToDictionary(f => f.Name, f => f.Text));

    private static Expect Ok(string shows) => Expect.Accepted(shows);

    private static Expect Bad(string entry, string field, string reason) => Expect.Rejected(entry, field, reason);

    private static Expect Usage(string message) => Expect.Usage(message);
}
