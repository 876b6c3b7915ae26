using System;
using System.Globalization;
using System.Linq;
using System.Text;
using FsCheck.Xunit;
using Lancs.Scoring.Risk;
using Xunit;

namespace Lancs.Scoring.Tests.Risk;

/// <summary>Laws of <see cref="Sentence"/>, the register's unboxed sentence template (issue 15): it prints what
/// <c>string.Format</c> in the invariant culture prints for the same template and values, as a string, into a buffer of
/// any size and inside an interpolated string; a text given whole prints as itself, braces and all.</summary>
public sealed class SentenceProperties
{
    [Property(MaxTest = 3000)]
    public bool Sentence_PrintsWhatStringFormatPrints((string? Literal, byte Placeholder)[] pieces, (byte Kind, int Number, string? Text)[] values, byte bufferSize)
    {
        var count = Math.Min(values.Length, 6);
        if (count == 0)
        {
            return true;
        }

        var parts = new SentencePart[count];
        var objects = new object?[count];
        for (var i = 0; i < count; i++)
        {
            (parts[i], objects[i]) = Value(values[i]);
        }

        var template = new StringBuilder();
        foreach (var (literal, placeholder) in pieces)
        {
            template.Append((literal ?? string.Empty).Replace("{", string.Empty).Replace("}", string.Empty));
            template.Append('{').Append(placeholder % count).Append('}');
        }

        var text = template.ToString();
        var expected = string.Format(CultureInfo.InvariantCulture, text, objects);
        var sentence = Of(text, parts);
        var buffer = new char[bufferSize];
        var length = sentence.CopyTo(ref buffer);
        var tooSmall = new char[Math.Max(expected.Length - 1, 0)];
        return sentence.ToString() == expected && new string(buffer, 0, length) == expected
            && $"[{sentence}]" == "[" + expected + "]" // interpolated through TryFormat, without the sentence's own string
            && (expected.Length == 0 || !sentence.TryFormat(tooSmall, out _, default, null));
    }

    [Property(MaxTest = 500)]
    public bool WholeText_PrintsAsItself(string? text)
    {
        var whole = text ?? string.Empty;
        var buffer = new char[1];
        var length = Sentence.Whole(whole).CopyTo(ref buffer);
        return Sentence.Whole(whole).ToString() == whole && new string(buffer, 0, length) == whole;
    }

    [Theory]
    [InlineData("{1} has no second part")]
    [InlineData("a lone { brace")]
    [InlineData("a trailing {")]
    [InlineData("{0:N0} has a format")]
    public void Template_WithABraceThatIsNotAPlaceholder_IsRefused(string template)
    {
        Assert.Throws<FormatException>(() => Sentence.Of(template, "x").ToString());
    }

    /// <summary>A value of one of the kinds the register's sentences print, as a part and as the object <c>string.Format</c> takes.</summary>
    private static (SentencePart Part, object? Value) Value((byte Kind, int Number, string? Text) value)
    {
        var positive = value.Number == int.MinValue ? 0 : Math.Abs(value.Number);
        switch (value.Kind % 7)
        {
            case 0:
                return (value.Text, value.Text);
            case 1:
                return (value.Number, value.Number);
            case 2:
                int? maybe = value.Number % 3 == 0 ? null : value.Number;
                return (maybe, maybe);
            case 3:
                var score = RiskScore.All[positive % RiskScore.All.Count];
                return (value.Number % 2 == 0 ? score : (RiskScore?)null, value.Number % 2 == 0 ? score : null);
            case 4:
                var quarter = new Quarter(2000 + (positive % 60), 1 + (positive % 4));
                return (quarter, quarter);
            case 5:
                var id = EntryId.Parse("CR" + (1 + (positive % 9999)).ToString(CultureInfo.InvariantCulture));
                return (id, id);
            default:
                var direction = DirectionOfTravel.List.ElementAt(positive % DirectionOfTravel.List.Count);
                return (direction, direction);
        }
    }

    private static Sentence Of(string template, SentencePart[] p) => p.Length switch
    {
        1 => Sentence.Of(template, p[0]),
        2 => Sentence.Of(template, p[0], p[1]),
        3 => Sentence.Of(template, p[0], p[1], p[2]),
        4 => Sentence.Of(template, p[0], p[1], p[2], p[3]),
        5 => Sentence.Of(template, p[0], p[1], p[2], p[3], p[4]),
        _ => Sentence.Of(template, p[0], p[1], p[2], p[3], p[4], p[5]),
    };
}
