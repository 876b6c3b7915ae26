using System;
using System.Runtime.InteropServices;
using Xunit;

namespace Lancs.Scoring.Tests.Reliability;

/// <summary>A fact that needs named pipes (FIFOs) and <c>/dev/zero</c>: skipped, not failed, where the platform has none.</summary>
public sealed class UnixFactAttribute : FactAttribute
{
    public UnixFactAttribute()
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS() && !OperatingSystem.IsFreeBSD())
        {
            Skip = "needs a Unix file system (named pipes, /dev/zero)";
        }
    }
}

/// <summary>A fact about file permissions: skipped where they cannot be tested, on Windows or as root (root reads any file).</summary>
public sealed class NonRootUnixFactAttribute : FactAttribute
{
    public NonRootUnixFactAttribute()
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
        {
            Skip = "needs Unix file permissions";
        }
        else if (Environment.IsPrivilegedProcess)
        {
            Skip = "runs as root, who can read a file without read permission";
        }
    }
}

/// <summary>Makes a named pipe through the C library.</summary>
internal static class Fifo
{
    public static void Make(string path)
    {
        if (mkfifo(path, Convert.ToUInt32("600", 8)) != 0)
        {
            throw new InvalidOperationException($"mkfifo {path} failed: error {Marshal.GetLastPInvokeError()}");
        }
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int mkfifo(string path, uint mode);
}
