using System;

namespace Lancs.Scoring.Cli;

/// <summary>A command line or input the command cannot run with; reported on standard error with exit code 2.</summary>
internal sealed class UsageException : Exception
{
    public UsageException(string message)
        : base(message)
    {
    }
}
