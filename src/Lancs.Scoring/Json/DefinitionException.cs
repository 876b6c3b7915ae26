using System;
using System.Collections.Generic;

namespace Lancs.Scoring.Json;

/// <summary>The exception thrown when a definition read from JSON (a KPI catalogue, an outcome grouping) is not valid; it
/// lists every problem, each naming its field.</summary>
public sealed class DefinitionException : FormatException
{
    internal DefinitionException(string definition, IReadOnlyList<string> problems)
        : base("The " + definition + " is not valid:" + Environment.NewLine + "- " + string.Join(Environment.NewLine + "- ", problems))
    {
        Definition = definition;
        Problems = problems;
    }

    /// <summary>Gets what was read: "KPI catalogue" or "outcome grouping".</summary>
    public string Definition { get; }

    /// <summary>Gets the problems, one sentence each, starting with the field's path, such as <c>indicators[2].unit</c>.</summary>
    public IReadOnlyList<string> Problems { get; }
}
