using System.Collections.Generic;
using System.Linq;
using Lancs.Scoring.Risk;

namespace Lancs.Scoring.Cli;

/// <summary>The differences <see cref="DiffReport.Compare"/> found between two scorings of one register, by section.</summary>
internal sealed class PolicyDifferences
{
    public PolicyDifferences(RegisterResult before, RegisterResult after, IReadOnlyList<(string Title, string Key, IReadOnlyList<string> Lines)> sections)
    {
        Before = before;
        After = after;
        Sections = sections;
    }

    public RegisterResult Before { get; }

    public RegisterResult After { get; }

    /// <summary>Gets each section: its title, its JSON name and its lines (empty when nothing differs there).</summary>
    public IReadOnlyList<(string Title, string Key, IReadOnlyList<string> Lines)> Sections { get; }

    /// <summary>Gets how many differences there are in all.</summary>
    public int Count => Sections.Sum(s => s.Lines.Count);
}
