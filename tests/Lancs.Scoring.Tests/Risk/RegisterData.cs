using System.Collections.Generic;
using System.Linq;
using Lancs.Scoring.Tests.Support;

namespace Lancs.Scoring.Tests.Risk;

/// <summary>The transcribed registers in data/registers, as copied beside the test assembly.</summary>
internal static class RegisterData
{
    public static readonly IReadOnlyList<(string Quarter, string File)> Registers = new[]
    {
        ("2016/17 Q1", "2016-17-Q1.csv"),
        ("2017/18 Q2", "2017-18-Q2.csv"),
        ("2018/19 Q1", "2018-19-Q1.csv"),
    };

    public static CsvTable Load(string file) => CsvTable.Load("data", "registers", file);

    /// <summary>Every register row with its quarter: (quarter, table, row).</summary>
    public static IEnumerable<(string Quarter, CsvTable Table, IReadOnlyList<string> Row)> AllRows()
        => from register in Registers
           let table = Load(register.File)
           from row in table.Rows
           select (register.Quarter, table, row);
}
