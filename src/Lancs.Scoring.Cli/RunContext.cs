using System.IO;

namespace Lancs.Scoring.Cli;

/// <summary>What one run of the command writes to and reads within: standard output and error, the input limits, and
/// whether output is a terminal.</summary>
internal sealed class RunContext
{
    public RunContext(TextWriter output, TextWriter error, InputLimits limits, Terminal terminal)
    {
        Output = output;
        Error = error;
        Limits = limits;
        Terminal = terminal;
    }

    public TextWriter Output { get; }

    public TextWriter Error { get; }

    public InputLimits Limits { get; }

    public Terminal Terminal { get; }
}
