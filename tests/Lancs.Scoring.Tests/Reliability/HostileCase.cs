using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Lancs.Scoring.Tests.Reliability;

/// <summary>Where a hostile input goes in.</summary>
public enum HostileArea
{
    Register,
    Kpi,
    Complaints,
    Policy,
    CommandLine,
}

/// <summary>The outcome a hostile input must have: the row accepted, the row rejected naming its entry, field and reason,
/// or the whole command refused as a usage error with exit code 2.</summary>
public enum HostileOutcome
{
    Accepted,
    Rejected,
    Usage,
}

/// <summary>The exact outcome expected of a case: for <see cref="HostileOutcome.Accepted"/>, text the accepted row's
/// summary contains; for <see cref="HostileOutcome.Rejected"/>, the rejection's entry and field, and text its reason
/// contains; for <see cref="HostileOutcome.Usage"/>, text the message contains.</summary>
public sealed record Expect(HostileOutcome Outcome, string? Entry, string? Field, string Detail)
{
    public static Expect Accepted(string shows) => new(HostileOutcome.Accepted, null, null, shows);

    public static Expect Rejected(string entry, string field, string reason) => new(HostileOutcome.Rejected, entry, field, reason);

    public static Expect Usage(string message) => new(HostileOutcome.Usage, null, null, message);

    public override string ToString() => Outcome switch
    {
        HostileOutcome.Accepted => $"accepted, showing '{Detail}'",
        HostileOutcome.Rejected => $"rejected: {Entry}, field {Field}: '{Detail}'",
        _ => $"refused with exit code 2: '{Detail}'",
    };
}

/// <summary>One hostile input of the catalogue (docs/reliability.md), with the exact outcome it must have.</summary>
/// <param name="Id">The case's id, as the catalogue in docs/reliability.md lists it.</param>
/// <param name="Area">Where it goes in.</param>
/// <param name="What">What is hostile about it, in a phrase.</param>
/// <param name="Input">The file's text, with <c>{xNN}</c> for a raw byte; for <see cref="HostileArea.CommandLine"/>, the
/// arguments separated by <c>|</c>, where <c>{dir}</c> is the scratch directory and <c>{data}</c> the data directory.</param>
/// <param name="Expected">The outcome.</param>
/// <param name="ExitCode">For <see cref="HostileArea.CommandLine"/>, the exit code.</param>
/// <param name="Files">For <see cref="HostileArea.CommandLine"/>, files to write into the scratch directory first.</param>
public sealed record HostileCase(string Id, HostileArea Area, string What, string Input, Expect Expected, int ExitCode = 0,
    IReadOnlyDictionary<string, string>? Files = null)
{
    private static readonly Regex RawByte = new(@"\{x([0-9A-F]{2})\}", RegexOptions.CultureInvariant);

    /// <summary>Returns the file's bytes: the text as UTF-8, each <c>{xNN}</c> written as the byte NN.</summary>
    public static byte[] Bytes(string text)
    {
        var bytes = new List<byte>();
        var at = 0;
        foreach (Match raw in RawByte.Matches(text))
        {
            bytes.AddRange(Encoding.UTF8.GetBytes(text.Substring(at, raw.Index - at)));
            bytes.Add(byte.Parse(raw.Groups[1].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture));
            at = raw.Index + raw.Length;
        }

        bytes.AddRange(Encoding.UTF8.GetBytes(text.Substring(at)));
        return bytes.ToArray();
    }

    public override string ToString() => $"{Id} ({Area}) {What}: {Expected}";
}
