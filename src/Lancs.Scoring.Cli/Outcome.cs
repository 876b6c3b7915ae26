using System;

namespace Lancs.Scoring.Cli;

/// <summary>The exit code of a run that did its job, from what it found and rejected and the <c>--fail-on</c> choice.</summary>
internal static class Outcome
{
    /// <summary>The words <c>--fail-on</c> takes.</summary>
    public static readonly string[] Choices = { "rejections", "findings", "never" };

    public static FailOn Parse(string? text) => text switch
    {
        null or "rejections" => FailOn.Rejections,
        "findings" => FailOn.Findings,
        "never" => FailOn.Never,
        _ => throw new UsageException($"--fail-on '{Quoted.Clip(text)}' is not one of {string.Join(", ", Choices)}."),
    };

    public static ExitCode Of(FailOn failOn, int findings, int rejections) => failOn switch
    {
        FailOn.Never => ExitCode.Success,
        FailOn.Findings => findings > 0 || rejections > 0 ? ExitCode.Rejected : ExitCode.Success,
        FailOn.Rejections => rejections > 0 ? ExitCode.Rejected : ExitCode.Success,
        _ => throw new ArgumentOutOfRangeException(nameof(failOn)),
    };
}
