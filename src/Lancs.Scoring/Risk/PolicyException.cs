using System;
using System.Collections.Generic;

namespace Lancs.Scoring.Risk;

/// <summary>The exception thrown when a scoring policy is not valid; it lists every problem, each naming its field.</summary>
public sealed class PolicyException : FormatException
{
    internal PolicyException(IReadOnlyList<string> problems)
        : base("The scoring policy is not valid:" + Environment.NewLine + "- " + string.Join(Environment.NewLine + "- ", problems))
    {
        Problems = problems;
    }

    /// <summary>Gets the problems, one sentence each, starting with the field's name.</summary>
    public IReadOnlyList<string> Problems { get; }
}
