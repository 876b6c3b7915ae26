using System;
using System.Threading;

namespace Lancs.Scoring.Risk;

/// <summary>A change to the corporate register between the previous quarter and this one, with its reason.</summary>
public sealed class RegisterChange
{
    private readonly Func<object, object?, Sentence>? _wording;
    private readonly object? _subject;
    private readonly object? _other;
    private string? _reason;

    /// <summary>Creates a change.</summary>
    /// <param name="id">The entry.</param>
    /// <param name="kind">Added, removed, remains or rescored.</param>
    /// <param name="reason">Why, as a sentence with the scores.</param>
    public RegisterChange(EntryId id, RegisterChangeKind kind, string reason)
    {
        Id = Guard.NotNull(id);
        Kind = Guard.NotNull(kind);
        _reason = Guard.NotEmpty(reason);
    }

    /// <summary>Creates a change whose reason is written when first read: a bulk run that never reads it does not pay for it.</summary>
    internal RegisterChange(EntryId id, RegisterChangeKind kind, Func<object, object?, Sentence> wording, object subject, object? other = null, EntryId? previousId = null)
    {
        Id = id;
        PreviousId = previousId;
        Kind = kind;
        _wording = wording;
        _subject = subject;
        _other = other;
    }

    /// <summary>Gets the entry.</summary>
    public EntryId Id { get; }

    /// <summary>Gets the entry's id in the previous quarter when it was renumbered since; otherwise <see langword="null"/>.</summary>
    public EntryId? PreviousId { get; }

    /// <summary>Gets the kind of change.</summary>
    public RegisterChangeKind Kind { get; }

    /// <summary>Gets why.</summary>
    public string Reason => _reason ??= _wording!(_subject!, _other).ToString();

    /// <summary>Gets why, not yet written (<see cref="Finding.Wording"/>): a writer copies it into its output without keeping it.</summary>
    internal Sentence Wording => Volatile.Read(ref _reason) is { } reason ? Sentence.Whole(reason) : _wording!(_subject!, _other);

    /// <summary>Returns "CR1 Remains: reason".</summary>
    /// <returns>The change in one line.</returns>
    public override string ToString() => $"{Id} {Kind}: {Wording}";
}
