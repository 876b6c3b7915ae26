namespace Lancs.Scoring.Cli;

/// <summary>What the command's exit code says (with the default <c>--fail-on rejections</c>).</summary>
public enum ExitCode
{
    /// <summary>The run did its job: everything was scored, and any findings are in the report.</summary>
    Success = 0,

    /// <summary>Rows were rejected (or, with <c>--fail-on findings</c>, findings were reported); the rest were scored.</summary>
    Rejected = 1,

    /// <summary>Nothing was scored: bad arguments, a missing or unreadable file, an invalid policy.</summary>
    Failure = 2,
}
