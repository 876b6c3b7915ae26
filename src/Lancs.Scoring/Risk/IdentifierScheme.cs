using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Lancs.Scoring.Risk;

/// <summary>How a council writes its register's identification numbers, and where an entry's kind comes from.</summary>
/// <remarks>
/// <para>The <see cref="Published"/> scheme is the papers': <c>CR&lt;n&gt;</c> for a risk, <c>CO&lt;n&gt;</c> (also printed
/// <c>C0&lt;n&gt;</c>) for an opportunity, optionally with a sub-item (<see cref="EntryId.TryParse"/>).</para>
/// <para>A council whose references read <c>RSK-99</c> gives a pattern of its own (<see cref="Create"/>): a .NET regular
/// expression the whole id must match, ignoring case. Its ids are normalised by trimming and upper-casing, and compare
/// ordinally. The kind then comes from a kind column (<see cref="KindSource.Column"/>), or from the pattern itself when it
/// names a group <c>risk</c> and a group <c>opportunity</c>, as in <c>(?:(?&lt;risk&gt;RSK)|(?&lt;opportunity&gt;OPP))-[0-9]+</c>.</para>
/// </remarks>
public sealed class IdentifierScheme
{
    /// <summary>The longest pattern a scheme accepts: 200 characters.</summary>
    public const int MaxPatternLength = 200;

    /// <summary>How long one id may take to match a pattern of the backtracking engine before it is tried once more and
    /// then rejected: a pattern from a policy file must not stall a bulk run on a hostile id. The time is wall-clock, so a
    /// garbage collection can eat into it; hence a second in all, and the retry. On .NET 8 a pattern runs on the
    /// non-backtracking engine, linear in the id's length, where it can.</summary>
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(1);

    private readonly Regex? _regex;

    private IdentifierScheme(string? pattern, Regex? regex, KindSource kindFrom)
    {
        Pattern = pattern;
        _regex = regex;
        KindFrom = kindFrom;
    }

    /// <summary>Gets the papers' scheme: CR and CO ids, the kind from the id.</summary>
    public static IdentifierScheme Published { get; } = new(null, null, KindSource.Id);

    /// <summary>Gets the pattern of the council's own, or <see langword="null"/> for the papers' CR and CO ids.</summary>
    public string? Pattern { get; }

    /// <summary>Gets where an entry's kind comes from.</summary>
    public KindSource KindFrom { get; }

    /// <summary>Gets whether this is the papers' scheme with the kind from the id.</summary>
    public bool IsPublished => Pattern is null && KindFrom == KindSource.Id;

    /// <summary>Creates a scheme.</summary>
    /// <param name="pattern">A regular expression the whole id must match, ignoring case; <see langword="null"/> for the papers' CR and CO ids.</param>
    /// <param name="kindFrom">Where the kind comes from.</param>
    /// <returns>The scheme.</returns>
    /// <exception cref="PolicyException">The pattern is empty, longer than 200 characters or not a regular expression, or
    /// <paramref name="kindFrom"/> is <see cref="KindSource.Id"/> for a pattern without groups named <c>risk</c> and <c>opportunity</c>.</exception>
    public static IdentifierScheme Create(string? pattern, KindSource kindFrom)
    {
        if (TryCreate(pattern, kindFrom, out var scheme, out var problem))
        {
            return scheme;
        }

        throw new PolicyException(new[] { problem });
    }

    internal static bool TryCreate(string? pattern, KindSource kindFrom, [NotNullWhen(true)] out IdentifierScheme? scheme, [NotNullWhen(false)] out string? problem)
    {
        scheme = null;
        if (kindFrom is not (KindSource.Id or KindSource.Column))
        {
            problem = $"kindFrom: {kindFrom} is not id or column.";
            return false;
        }

        if (pattern is null)
        {
            scheme = kindFrom == KindSource.Id ? Published : new IdentifierScheme(null, null, kindFrom);
            problem = null;
            return true;
        }

        if (pattern.Trim().Length == 0 || pattern.Length > MaxPatternLength)
        {
            problem = string.Format(CultureInfo.InvariantCulture,
                "idPattern: '{0}' is {1} characters; give a regular expression of 1 to {2} characters, such as RSK-[0-9]+.", Quoting.Value(pattern), pattern.Length, MaxPatternLength);
            return false;
        }

        Regex regex;
        try
        {
            regex = Compile("^(?:" + pattern + ")$");
        }
        catch (ArgumentException ex)
        {
            problem = $"idPattern: '{Quoting.Value(pattern)}' is not a regular expression: {ex.Message}";
            return false;
        }

        if (kindFrom == KindSource.Id && (regex.GroupNumberFromName("risk") < 0 || regex.GroupNumberFromName("opportunity") < 0))
        {
            problem = $"kindFrom: id needs the idPattern '{Quoting.Value(pattern)}' to name a group risk and a group opportunity, as in (?:(?<risk>RSK)|(?<opportunity>OPP))-[0-9]+; or take the kind from a column (kindFrom: column).";
            return false;
        }

        scheme = new IdentifierScheme(pattern, regex, kindFrom);
        problem = null;
        return true;
    }

    /// <summary>Reads an id and its kind; never throws.</summary>
    /// <param name="id">The id as given.</param>
    /// <param name="kind">The kind column as given ("risk" or "opportunity"), or <see langword="null"/>.</param>
    /// <param name="entryId">The id, when the method returns <see langword="true"/>.</param>
    /// <param name="field">The field at fault, <see cref="RejectionField.Id"/> or <see cref="RejectionField.Kind"/>, when it returns <see langword="false"/>.</param>
    /// <param name="error">What is wrong, when it returns <see langword="false"/>.</param>
    /// <returns>Whether the id and the kind are valid under this scheme.</returns>
    public bool TryRead(string? id, string? kind, [NotNullWhen(true)] out EntryId? entryId, [NotNullWhen(false)] out string? field, [NotNullWhen(false)] out string? error)
    {
        var read = TryRead(id, kind, build: true, out entryId, out field, out error);
        entryId = read ? entryId! : null;
        return read;
    }

    /// <summary>Checks an id and its kind as <see cref="TryRead(string?, string?, out EntryId?, out string?, out string?)"/>
    /// does, without building the id: a re-score of typed entries checks each entry's id again.</summary>
    internal bool Accepts(string? id, string? kind, [NotNullWhen(false)] out string? field, [NotNullWhen(false)] out string? error) =>
        TryRead(id, kind, build: false, out _, out field, out error);

    private bool TryRead(string? id, string? kind, bool build, out EntryId? entryId, [NotNullWhen(false)] out string? field, [NotNullWhen(false)] out string? error)
    {
        entryId = null;
        field = RejectionField.Id;
        RegisterKind? fromId = null;
        EntryId? published = null;
        string normalised;
        string? parent = null;
        if (_regex is null)
        {
            if (!EntryId.TryParse(id, out published, out error))
            {
                return false;
            }

            fromId = published.Kind;
            normalised = published.Normalised;
            parent = published.Parent;
            if (KindFrom == KindSource.Id && IsBlank(kind))
            {
                entryId = published;
                field = null;
                return true;
            }
        }
        else if (!TryMatch(id, out normalised, out fromId, out error))
        {
            return false;
        }

        field = RejectionField.Kind;
        RegisterKind? fromColumn = null;
        if (!IsBlank(kind) && !RegisterKind.TryFromName(kind!.Trim(), ignoreCase: true, out fromColumn))
        {
            error = $"the kind must be 'risk' or 'opportunity'; '{Quoting.Value(kind)}' is neither.";
            return false;
        }

        if (KindFrom == KindSource.Column && fromColumn is null)
        {
            error = "the kind is empty; this register's policy takes the kind from the kind column (kindFrom: column), so give 'risk' or 'opportunity'.";
            return false;
        }

        if (KindFrom == KindSource.Id && fromColumn is not null && fromColumn != fromId)
        {
            error = $"the kind must be 'risk' or 'opportunity' and agree with the id ({id!.Trim()} is a {fromId!.Name.ToLowerInvariant()}).";
            return false;
        }

        var kindOfEntry = (KindFrom == KindSource.Column ? fromColumn : fromId)!;
        entryId = published is not null && kindOfEntry == published.Kind ? published : build ? EntryId.Create(id!, normalised, kindOfEntry, parent) : null;
        field = null;
        error = null;
        return true;
    }

    /// <summary>Returns "the published scheme" or the pattern and kind source.</summary>
    /// <returns>The scheme in a phrase.</returns>
    public override string ToString() => Pattern is null
        ? (KindFrom == KindSource.Id ? "CR and CO ids, kind from the id" : "CR and CO ids, kind from the kind column")
        : $"ids matching {Pattern}, kind from the {(KindFrom == KindSource.Id ? "id" : "kind column")}";

    /// <summary>Compiles a whole-id pattern: on the non-backtracking engine where the runtime has it and the pattern fits
    /// it (no backreferences or lookarounds), otherwise on the backtracking engine with <see cref="MatchTimeout"/>.</summary>
    private static Regex Compile(string whole)
    {
        const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture;
#if NET7_0_OR_GREATER
        try
        {
            return new Regex(whole, Options | RegexOptions.NonBacktracking | RegexOptions.Compiled);
        }
        catch (NotSupportedException)
        {
            // A construct the non-backtracking engine lacks: the backtracking engine, with its timeout.
        }
#endif
        return new Regex(whole, Options, MatchTimeout);
    }

    private bool TryMatch(string? id, out string normalised, out RegisterKind? kind, [NotNullWhen(false)] out string? error)
    {
        normalised = string.Empty;
        kind = null;
        if (IsBlank(id))
        {
            error = $"The identification number is empty; this register's ids match {Pattern}.";
            return false;
        }

        string trimmed = id!.Trim();
        Match? match;
        bool matched;
        try
        {
            matched = MatchOnceMore(trimmed, out match);
        }
        catch (RegexMatchTimeoutException)
        {
            error = $"'{Quoting.Value(id)}' took too long to match the id pattern {Pattern}; check the id and the pattern.";
            return false;
        }

        if (!matched || Quoting.HasInvisible(trimmed))
        {
            error = $"'{Quoting.Value(id)}' is not a register identification number: this register's ids match {Pattern} (the policy's idPattern).";
            return false;
        }

        normalised = trimmed.ToUpperInvariant();
        if (match is not null)
        {
            kind = match.Groups["risk"].Success ? RegisterKind.Risk : match.Groups["opportunity"].Success ? RegisterKind.Opportunity : null;
            if (kind is null)
            {
                error = $"'{Quoting.Value(id)}' matches the id pattern {Pattern} but neither its risk nor its opportunity group, so its kind is unknown.";
                return false;
            }
        }

        error = null;
        return true;
    }

    /// <summary>Matches, and on a timeout matches once more: a collection pausing the thread is not the id's fault.</summary>
    private bool MatchOnceMore(string id, out Match? match)
    {
        try
        {
            return Matches(id, out match);
        }
        catch (RegexMatchTimeoutException)
        {
            return Matches(id, out match);
        }
    }

    /// <summary>Matches the whole id; <paramref name="match"/>, with the kind's groups, only when the kind comes from the id.
    /// Otherwise only whether it matches counts, and IsMatch finds that without building a Match (on the non-backtracking
    /// engine several times faster, since it need not run again to find the groups).</summary>
    private bool Matches(string id, out Match? match)
    {
        if (KindFrom == KindSource.Column)
        {
            match = null;
            return _regex!.IsMatch(id);
        }

        match = _regex!.Match(id);
        return match.Success;
    }

    private static bool IsBlank(string? text) => text is null || text.Trim().Length == 0;
}
