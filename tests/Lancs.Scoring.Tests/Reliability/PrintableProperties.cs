using System.IO;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Lancs.Scoring.Cli;
using Lancs.Scoring.Risk;

namespace Lancs.Scoring.Tests.Reliability;

/// <summary>The laws of the escaping that keeps cells from driving a terminal: nothing unsafe survives it, safe text is
/// untouched, it is idempotent, and through the whole terminal table no description can put a control or bidi
/// character on the screen.</summary>
public sealed class PrintableProperties
{
    private static readonly char[] Pool = "aZ9 \t\n\\u{}[];".ToCharArray()
        .Concat(new[] { '\u001B', '\r', '\u0000', '\u0007', '\u007F', '\u0085', '\u009B', '\u202A', '\u202C', '\u202E', '\u2066', '\u2069', '\u200B', 'é', '€', '\uFFFD' })
        .ToArray();

    /// <summary>The oracle, independent of the code under test: C0 (but tab and line feed), DEL and C1, and the bidi
    /// embeddings, overrides and isolates.</summary>
    public static bool Dangerous(char c) =>
        (char.IsControl(c) && c != '\t' && c != '\n') || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');

    private static Arbitrary<string> Cells() => Gen.Elements(Pool).ArrayOf().Select(cs => new string(cs)).ToArbitrary();

    [Property(MaxTest = 1000)]
    public Property Escape_LeavesNoControlOrBidiCharacter() =>
        Prop.ForAll(Cells(), text => !Printable.Escape(text).Any(Dangerous));

    [Property(MaxTest = 1000)]
    public Property Escape_SafeTextIsUntouchedAndEachUnsafeCharacterBecomesSix() =>
        Prop.ForAll(Cells(), text =>
        {
            var unsafeCount = text.Count(Dangerous);
            var escaped = Printable.Escape(text);
            return (unsafeCount > 0 || escaped == text) && escaped.Length == text.Length + (5 * unsafeCount);
        });

    [Property(MaxTest = 1000)]
    public Property Escape_IsIdempotent() =>
        Prop.ForAll(Cells(), text => Printable.Escape(Printable.Escape(text)) == Printable.Escape(text));

    [Property(MaxTest = 150)]
    public Property TerminalTable_AnyDescription_PutsNoControlOrBidiCharacterOnTheScreen() =>
        Prop.ForAll(Cells(), description =>
        {
            var row = new RegisterRow(2, "CR1", "risk", "d" + description, "Economic", "MT " + description, "25", "16", "Level " + description, "x", null);
            var result = new RegisterScorer().Rescore(Quarter.Parse("2017/18 Q2"), new[] { row });
            using var output = new StringWriter();
            TerminalTables.Write(result, System.Array.Empty<Rejection>(), output, ansi: false);
            using var plain = new StringWriter();
            TableReport.Write(result, System.Array.Empty<Rejection>(), plain);
            return !output.ToString().Any(Dangerous) && !plain.ToString().Any(Dangerous);
        });
}
