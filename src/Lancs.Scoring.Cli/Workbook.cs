using System;
using System.Globalization;
using System.IO;
using System.IO.Compression;

namespace Lancs.Scoring.Cli;

/// <summary>An Excel workbook (.xlsx) read into memory and checked before any cell is read: it must be a zip, of at most
/// <see cref="InputLimits.MaxWorkbookParts"/> parts that unzip to at most <see cref="InputLimits.MaxWorkbookBytes"/> bytes
/// in all. The parts are unzipped to count their bytes, so a part whose header understates its size (a zip bomb) is
/// caught too.</summary>
internal static class Workbook
{
    public static MemoryStream Open(string path, InputLimits limits)
    {
        var bytes = new MemoryStream();
        using (var input = InputFile.Open(path, limits, "workbook"))
        {
            input.CopyTo(bytes);
        }

        bytes.Position = 0;
        Check(bytes, path, limits);
        bytes.Position = 0;
        return bytes;
    }

    private static void Check(Stream bytes, string path, InputLimits limits)
    {
        ZipArchive zip;
        try
        {
            zip = new ZipArchive(bytes, ZipArchiveMode.Read, leaveOpen: true);
        }
        catch (InvalidDataException)
        {
            throw new UsageException($"{Quoted.Clip(path)}: is not an Excel workbook (.xlsx is a zip of XML parts; this file is not a zip). Save it from Excel as .xlsx, or give a CSV file.");
        }

        using (zip)
        {
            if (zip.Entries.Count > limits.MaxWorkbookParts)
            {
                throw new UsageException(string.Format(CultureInfo.InvariantCulture,
                    "{0}: the workbook holds {1:N0} parts, more than the {2:N0} a register's workbook could need; it is refused.", Quoted.Clip(path), zip.Entries.Count, limits.MaxWorkbookParts));
            }

            var total = 0L;
            var buffer = new byte[81920];
            foreach (var entry in zip.Entries)
            {
                try
                {
                    using var part = entry.Open();
                    int read;
                    while ((read = part.Read(buffer, 0, buffer.Length)) > 0)
                    {
                        total += read;
                        if (total > limits.MaxWorkbookBytes)
                        {
                            throw new UsageException(string.Format(CultureInfo.InvariantCulture,
                                "{0}: the workbook unzips to more than {1:N0} bytes, the limit for a workbook (a zip bomb?); it is refused.", Quoted.Clip(path), limits.MaxWorkbookBytes));
                        }
                    }
                }
                catch (InvalidDataException ex)
                {
                    throw new UsageException($"{Quoted.Clip(path)}: the workbook's part '{Quoted.Clip(entry.FullName)}' cannot be unzipped: {ex.Message}");
                }
            }
        }
    }

    /// <summary>"C" for the third column (0-based 2), "AA" for the 27th.</summary>
    public static string ColumnLetters(int index)
    {
        var letters = string.Empty;
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + ((n - 1) % 26)) + letters;
        }

        return letters;
    }

    /// <summary>The text of a cell as MiniExcel gives it: numbers invariant and without a trailing ".0", dates as YYYY-MM-DD.</summary>
    public static string Text(object? value) => value switch
    {
        null => string.Empty,
        string text => text,
        double number => number.ToString("R", CultureInfo.InvariantCulture),
        decimal number => number.ToString(CultureInfo.InvariantCulture),
        DateTime date => date.TimeOfDay == TimeSpan.Zero ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : date.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        bool flag => flag ? "TRUE" : "FALSE",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
