using System;
using System.Threading;

namespace Lancs.Scoring.Risk;

/// <summary>A data-quality finding: something in the register that a council officer should look at. It never stops scoring.</summary>
public sealed class Finding
{
    private readonly Func<object, object?, Sentence>? _wording;
    private readonly object? _subject;
    private readonly object? _other;
    private string? _message;

    /// <summary>Creates a finding.</summary>
    /// <param name="id">The entry concerned, or <see langword="null"/> for the register as a whole.</param>
    /// <param name="kind">The kind of finding.</param>
    /// <param name="message">What was found, as a sentence naming the entry and the values.</param>
    public Finding(EntryId? id, FindingKind kind, string message)
    {
        Id = id;
        Kind = Guard.NotNull(kind);
        _message = Guard.NotEmpty(message);
    }

    /// <summary>Creates a finding whose sentence is written when first read: a bulk run that never reads it does not pay for it.</summary>
    internal Finding(EntryId? id, FindingKind kind, Func<object, object?, Sentence> wording, object subject, object? other = null, EntryId? previousId = null)
    {
        Id = id;
        PreviousId = previousId;
        Kind = kind;
        _wording = wording;
        _subject = subject;
        _other = other;
    }

    /// <summary>Gets the entry concerned, or <see langword="null"/> for the register as a whole.</summary>
    public EntryId? Id { get; }

    /// <summary>Gets the entry's id in the previous quarter when the finding is about a renumbering; otherwise <see langword="null"/>.</summary>
    public EntryId? PreviousId { get; }

    /// <summary>Gets the kind of finding.</summary>
    public FindingKind Kind { get; }

    /// <summary>Gets what was found.</summary>
    public string Message => _message ??= _wording!(_subject!, _other).ToString();

    /// <summary>Gets what was found, not yet written: a writer of a million findings copies each sentence into its output
    /// once, and keeping them all as strings would hold about a kilobyte per finding until the result is dropped.</summary>
    internal Sentence Wording => Volatile.Read(ref _message) is { } message ? Sentence.Whole(message) : _wording!(_subject!, _other);

    /// <summary>Returns "Kind: message".</summary>
    /// <returns>The finding in one line.</returns>
    public override string ToString() => $"{Kind}: {Wording}";
}
