using System;
using System.Globalization;

namespace Lancs.Scoring.Risk;

/// <summary>One value a <see cref="Sentence"/> prints: a text or a whole number, held unboxed.</summary>
/// <remarks>Each conversion prints what <c>string.Format</c> in the invariant culture prints for the value: a missing value
/// (null) prints nothing, an id its raw text, a quarter "Q2 2017/18", a score its number.</remarks>
internal readonly struct SentencePart
{
    private readonly string? _text;
    private readonly int _number;
    private readonly bool _isNumber;

    private SentencePart(string? text, int number, bool isNumber)
    {
        _text = text;
        _number = number;
        _isNumber = isNumber;
    }

    /// <summary>Gets the number of characters the part prints.</summary>
    public int Length => _isNumber ? DigitsOf(_number) : _text?.Length ?? 0;

    public static implicit operator SentencePart(string? text) => new(text, 0, false);

    public static implicit operator SentencePart(int number) => new(null, number, true);

    public static implicit operator SentencePart(int? number) => number is { } n ? new(null, n, true) : default;

    public static implicit operator SentencePart(RiskScore score) => new(null, score.Value, true);

    public static implicit operator SentencePart(RiskScore? score) => score is { } s ? new(null, s.Value, true) : default;

    public static implicit operator SentencePart(EntryId? id) => new(id?.Raw, 0, false);

    public static implicit operator SentencePart(Quarter quarter) => new(quarter.ToString(), 0, false);

    public static implicit operator SentencePart(DirectionOfTravel? direction) => new(direction?.ToString(), 0, false);

    /// <summary>Writes the part into <paramref name="buffer"/> from <paramref name="at"/>; returns the position after it.</summary>
    public int CopyTo(Span<char> buffer, int at)
    {
        if (!_isNumber)
        {
            _text.AsSpan().CopyTo(buffer.Slice(at));
            return at + (_text?.Length ?? 0);
        }

        // Digits from the right, as int.ToString(CultureInfo.InvariantCulture) prints them ('-' then the digits).
        var end = at + DigitsOf(_number);
        var rest = (long)_number;
        if (rest < 0)
        {
            buffer[at] = '-';
            rest = -rest;
        }

        var k = end;
        do
        {
            buffer[--k] = (char)('0' + (int)(rest % 10));
            rest /= 10;
        }
        while (rest != 0);
        return end;
    }

    /// <inheritdoc />
    public override string ToString() => _isNumber ? _number.ToString(CultureInfo.InvariantCulture) : _text ?? string.Empty;

    private static int DigitsOf(int number)
    {
        var rest = (long)number;
        var digits = rest < 0 ? 2 : 1;
        for (rest = rest < 0 ? -rest : rest; rest >= 10; rest /= 10)
        {
            digits++;
        }

        return digits;
    }
}
