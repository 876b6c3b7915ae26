using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using Ardalis.SmartEnum;

namespace Lancs.Scoring.Risk;

/// <summary>Reading one of the matrix's two axes (impact, likelihood) from the papers' spellings.</summary>
internal static class MatrixAxis
{
    /// <summary>Reads a digit 1-5, the axis's one alias (such as "Outstanding"), or a level's name, ignoring case and
    /// surrounding white space; never throws.</summary>
    public static bool TryRead<T>(string? text, IReadOnlyList<T> ascending, Func<string, T?> alias, [NotNullWhen(true)] out T? level)
        where T : SmartEnum<T>
    {
        level = null;
        if (text is null)
        {
            return false;
        }

        var trimmed = text.Trim();
        if (trimmed.Length == 1 && trimmed[0] >= '1' && trimmed[0] <= '5')
        {
            level = ascending[trimmed[0] - '1'];
            return true;
        }

        level = alias(trimmed);
        if (level is not null)
        {
            return true;
        }

        foreach (var candidate in ascending)
        {
            if (string.Equals(trimmed, candidate.Name, StringComparison.OrdinalIgnoreCase))
            {
                level = candidate;
                return true;
            }
        }

        return false;
    }
}
