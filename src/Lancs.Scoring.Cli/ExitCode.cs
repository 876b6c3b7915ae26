namespace Lancs.Scoring.Cli;

/// <summary>What the command's exit code says.</summary>
public enum ExitCode
{
    /// <summary>The register was scored with nothing to report.</summary>
    Success = 0,

    /// <summary>The register was scored, and findings or rejected rows were reported.</summary>
    Findings = 1,

    /// <summary>Nothing was scored: bad arguments, a missing or unreadable file, an invalid policy.</summary>
    Failure = 2,
}
