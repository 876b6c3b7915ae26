using System;
using System.Diagnostics;
using System.IO;
using System.Linq;

namespace Lancs.Scoring.Tests.Packaging;

/// <summary>Packs the library once for the package tests (or uses the packages .ci/run made, in LANCS_PACKAGES).</summary>
public sealed class PackageFixture : IDisposable
{
    private readonly string? _scratch;

    public PackageFixture()
    {
        var given = Environment.GetEnvironmentVariable("LANCS_PACKAGES");
        if (given is not null && Library(given, "nupkg").Length > 0)
        {
            Folder = given;
        }
        else
        {
            _scratch = Folder = Directory.CreateTempSubdirectory("lancs-pack-").FullName;
            Pack(Folder);
        }

        Package = Library(Folder, "nupkg").Single();
        Symbols = Library(Folder, "snupkg").Single();
    }

    public string Folder { get; }

    /// <summary>The library's own package files: Lancs.Scoring.0.1.0.nupkg, not the Testing or Hosting packages beside it.</summary>
    private static string[] Library(string folder, string extension) =>
        Directory.GetFiles(folder, "Lancs.Scoring.*." + extension)
            .Where(f => System.Text.RegularExpressions.Regex.IsMatch(Path.GetFileName(f), @"^Lancs\.Scoring\.[0-9]")).ToArray();

    public string Package { get; }

    public string Symbols { get; }

    public static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Lancs.Scoring.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Lancs.Scoring.sln not found above " + AppContext.BaseDirectory);
    }

    public void Dispose()
    {
        if (_scratch is not null)
        {
            Directory.Delete(_scratch, recursive: true);
        }
    }

    private static void Pack(string output)
    {
        var start = new ProcessStartInfo("dotnet", $"pack src/Lancs.Scoring -c Release --nologo -o \"{output}\"")
        {
            WorkingDirectory = RepositoryRoot(),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var log = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet pack failed ({process.ExitCode}):\n{log.Result}\n{errors}");
        }
    }
}
