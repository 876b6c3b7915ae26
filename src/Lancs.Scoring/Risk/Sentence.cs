using System;

namespace Lancs.Scoring.Risk;

/// <summary>A sentence of the register's wording, not yet written: a template such as "{0}: in {1} the id names '{2}'" and
/// the values of its placeholders, or a text given whole.</summary>
/// <remarks>
/// <para>A bulk re-score writes a million finding and change sentences. <c>string.Format</c> boxed each quarter and
/// score and made an argument array for each sentence, and the sentence itself was a string made only to be copied into
/// the output. A <see cref="Sentence"/> holds its parts unboxed (<see cref="SentencePart"/>) and is written either as a
/// string (<see cref="ToString"/>), into a reused buffer (<see cref="CopyTo"/>) that a writer copies out, or, on .NET 8 and
/// later, straight into an interpolated string (<c>ISpanFormattable</c>), as a finding's <c>ToString</c> is.</para>
/// <para>A template holds only the placeholders <c>{0}</c> to <c>{5}</c>, each for a part given; it prints what
/// <c>string.Format</c> in the invariant culture prints for it (a law the tests check).</para>
/// </remarks>
internal readonly struct Sentence
#if NET8_0_OR_GREATER
    : ISpanFormattable
#endif
{
    private readonly string _template;
    private readonly SentencePart _p0, _p1, _p2, _p3, _p4, _p5;
    private readonly int _parts;

    private Sentence(string template, int parts, SentencePart p0 = default, SentencePart p1 = default, SentencePart p2 = default,
        SentencePart p3 = default, SentencePart p4 = default, SentencePart p5 = default)
    {
        _template = template;
        _parts = parts;
        (_p0, _p1, _p2, _p3, _p4, _p5) = (p0, p1, p2, p3, p4, p5);
    }

    /// <summary>A text given whole: its braces are text, not placeholders.</summary>
    public static Sentence Whole(string text) => new(text, -1);

    public static Sentence Of(string template, SentencePart p0) => new(template, 1, p0);

    public static Sentence Of(string template, SentencePart p0, SentencePart p1) => new(template, 2, p0, p1);

    public static Sentence Of(string template, SentencePart p0, SentencePart p1, SentencePart p2) => new(template, 3, p0, p1, p2);

    public static Sentence Of(string template, SentencePart p0, SentencePart p1, SentencePart p2, SentencePart p3) =>
        new(template, 4, p0, p1, p2, p3);

    public static Sentence Of(string template, SentencePart p0, SentencePart p1, SentencePart p2, SentencePart p3, SentencePart p4) =>
        new(template, 5, p0, p1, p2, p3, p4);

    public static Sentence Of(string template, SentencePart p0, SentencePart p1, SentencePart p2, SentencePart p3, SentencePart p4, SentencePart p5) =>
        new(template, 6, p0, p1, p2, p3, p4, p5);

    /// <summary>Writes the sentence into <paramref name="buffer"/>, made larger when it is too small; returns its length.</summary>
    public int CopyTo(ref char[] buffer)
    {
        var length = Length();
        if (buffer.Length < length)
        {
            buffer = new char[Math.Max(length, buffer.Length * 2)];
        }

        Fill(buffer);
        return length;
    }

    /// <summary>Returns the sentence as a string.</summary>
    public override string ToString()
    {
        if (_parts < 0)
        {
            return _template;
        }

#if NET8_0_OR_GREATER
        return string.Create(Length(), this, static (destination, sentence) => sentence.Fill(destination));
#else
        var buffer = new char[Length()];
        Fill(buffer);
        return new string(buffer);
#endif
    }

#if NET8_0_OR_GREATER
    /// <summary>Writes the sentence into <paramref name="destination"/> when it fits, so that an interpolated string such as
    /// a finding's "Kind: sentence" is made without the sentence's own string.</summary>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        var length = Length();
        if (length > destination.Length)
        {
            charsWritten = 0;
            return false;
        }

        Fill(destination);
        charsWritten = length;
        return true;
    }

    /// <inheritdoc />
    string IFormattable.ToString(string? format, IFormatProvider? formatProvider) => ToString();
#endif

    /// <summary>Writes the sentence into the start of <paramref name="destination"/>, which holds at least <see cref="Length"/> characters.</summary>
    private void Fill(Span<char> destination)
    {
        if (_parts < 0)
        {
            _template.AsSpan().CopyTo(destination);
            return;
        }

        var at = 0;
        var from = 0;
        for (var i = _template.IndexOf('{'); i >= 0; i = _template.IndexOf('{', from))
        {
            _template.AsSpan(from, i - from).CopyTo(destination.Slice(at));
            at = Part(PlaceholderAt(i)).CopyTo(destination, at + i - from);
            from = i + 3;
        }

        _template.AsSpan(from).CopyTo(destination.Slice(at));
    }

    private int Length()
    {
        if (_parts < 0)
        {
            return _template.Length;
        }

        var length = _template.Length;
        for (var i = _template.IndexOf('{'); i >= 0; i = _template.IndexOf('{', i + 3))
        {
            length += Part(PlaceholderAt(i)).Length - 3;
        }

        return length;
    }

    /// <summary>Returns the number of the placeholder "{n}" that starts at <paramref name="i"/>.</summary>
    private int PlaceholderAt(int i)
    {
        var n = i + 2 < _template.Length && _template[i + 2] == '}' ? _template[i + 1] - '0' : -1;
        if (n < 0 || n >= _parts)
        {
            throw new FormatException($"The sentence template \"{_template}\" has a brace at {i} that is not one of its {_parts} placeholders.");
        }

        return n;
    }

    private SentencePart Part(int n) => n switch
    {
        0 => _p0,
        1 => _p1,
        2 => _p2,
        3 => _p3,
        4 => _p4,
        _ => _p5,
    };
}
