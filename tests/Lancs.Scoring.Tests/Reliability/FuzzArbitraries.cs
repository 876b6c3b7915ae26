using System.Linq;
using FsCheck;
using FsCheck.Fluent;

namespace Lancs.Scoring.Tests.Reliability;

/// <summary>Random corruptions of the data files: quotes, delimiters and line breaks inserted or deleted, random bytes
/// spliced in or written over (invalid UTF-8, control characters, zero-width and other non-ASCII characters, plain
/// ASCII), header cells duplicated or dropped.</summary>
public static class FuzzArbitraries
{
    private static readonly CorruptionKind[] RowKinds =
    {
        CorruptionKind.InsertQuote, CorruptionKind.DeleteQuote, CorruptionKind.InsertDelimiter, CorruptionKind.DeleteDelimiter,
        CorruptionKind.InsertNewline, CorruptionKind.DeleteNewline, CorruptionKind.SpliceBytes, CorruptionKind.OverwriteBytes,
    };

    // Never a line feed or carriage return: line breaks are inserted and deleted by their own kinds, so that a row keeps its lines.
    private static readonly Gen<byte> AnyByteButLineBreaks = Gen.Choose(0, 255).Where(b => b != '\n' && b != '\r').Select(b => (byte)b);

    private static readonly Gen<byte[]> SomeBytes = Gen.OneOf(
        from length in Gen.Choose(1, 4)
        from bytes in Gen.ArrayOf(AnyByteButLineBreaks, length)
        select bytes,
        Gen.Elements(
            new byte[] { 0xE9 },                    // Latin-1 é: not UTF-8
            new byte[] { 0xC3 },                    // a lead byte with no continuation
            new byte[] { 0x80, 0xBF },              // continuation bytes with no lead
            new byte[] { 0xF0, 0x9F, 0x98 },        // a four-byte sequence cut short
            new byte[] { 0xED, 0xA0, 0x80 },        // an encoded surrogate
            new byte[] { 0x00 },                    // NUL
            new byte[] { 0x1B, 0x5B, 0x33, 0x31 },  // an escape sequence (ESC [ 3 1)
            new byte[] { 0x09 },                    // tab
            new byte[] { 0x7F },                    // DEL
            new byte[] { 0xC2, 0x85 },              // U+0085, a C1 control (next line)
            new byte[] { 0xE2, 0x80, 0x8B },        // U+200B zero-width space
            new byte[] { 0xEF, 0xBB, 0xBF },        // U+FEFF byte-order mark, mid-file
            new byte[] { 0xEF, 0xBF, 0xBD },        // U+FFFD itself
            new byte[] { 0xD9, 0xA1, 0xD9, 0xA6 },  // Arabic-Indic 16
            new byte[] { 0xEF, 0xBC, 0x91 },        // full-width 1
            new byte[] { 0x22, 0x22 },              // two quotes
            new byte[] { 0x2C, 0x22 }));            // a comma and a quote

    /// <summary>One corruption confined to one data row.</summary>
    public static Arbitrary<Corruption> RowCorruptions() =>
        (from kind in Gen.Elements(RowKinds)
         from row in Gen.Choose(0, 10_000)
         from choice in Gen.Choose(0, 100_000)
         from bytes in kind is CorruptionKind.SpliceBytes or CorruptionKind.OverwriteBytes ? SomeBytes : Gen.Constant(System.Array.Empty<byte>())
         select new Corruption(kind, row, choice, bytes)).ToArbitrary();

    /// <summary>One to three corruptions anywhere, or one to the header: rows may be joined, split and shifted.</summary>
    public static Arbitrary<Corruption[]> AnyCorruptions() =>
        Gen.OneOf(
            from count in Gen.Choose(1, 3)
            from corruptions in Gen.ArrayOf(RowCorruptions().Generator, count)
            select corruptions,
            from kind in Gen.Elements(CorruptionKind.DuplicateHeaderCell, CorruptionKind.DropHeaderCell)
            from choice in Gen.Choose(0, 100)
            select new[] { new Corruption(kind, -1, choice, System.Array.Empty<byte>()) })
        .ToArbitrary();
}
