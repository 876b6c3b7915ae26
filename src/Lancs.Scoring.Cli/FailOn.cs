namespace Lancs.Scoring.Cli;

/// <summary>What makes a run exit with code 1 (<c>--fail-on</c>): rejected rows (the default), findings as well, or nothing.</summary>
internal enum FailOn
{
    /// <summary>Exit 1 when rows were rejected; findings are reported and exit 0.</summary>
    Rejections,

    /// <summary>Exit 1 when rows were rejected or anything was found.</summary>
    Findings,

    /// <summary>Exit 0 whenever the run did its job, whatever was rejected or found.</summary>
    Never,
}
