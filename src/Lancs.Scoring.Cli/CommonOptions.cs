using System.CommandLine;

namespace Lancs.Scoring.Cli;

/// <summary>The options several commands take, made afresh for each command: <c>--format</c>, <c>--output</c>, <c>--fail-on</c>.</summary>
internal static class CommonOptions
{
    public static Option<string> Format(params string[] formats)
    {
        var option = new Option<string>("--format", "-f")
        {
            Description = "How to write the report: " + string.Join(", ", formats) + ".",
            DefaultValueFactory = _ => formats[0],
        };
        option.AcceptOnlyFromAmong(formats);
        return option;
    }

    public static Option<string?> Output() => new("--output", "-o")
    {
        Description = "Write the report to FILE instead of standard output (needed for --format xlsx unless output is redirected).",
        HelpName = "FILE",
    };

    public static Option<string> FailOn()
    {
        var option = new Option<string>("--fail-on")
        {
            Description = "What gives exit code 1: rejections (rejected rows), findings (findings or rejected rows), never.",
            DefaultValueFactory = _ => "rejections",
        };
        option.AcceptOnlyFromAmong(Outcome.Choices);
        return option;
    }

    public static Option<string?> File(string name, string description) => new(name) { Description = description, HelpName = "FILE" };
}
