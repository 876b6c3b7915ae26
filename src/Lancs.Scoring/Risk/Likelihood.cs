using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Ardalis.SmartEnum;

namespace Lancs.Scoring.Risk;

/// <summary>
/// The likelihood axis (columns) of the council's 5×5 "Key to Scores": Rare 1 to Certain 5
/// (000:1564, 001:905, 002:396).
/// </summary>
/// <remarks>
/// The papers print the five words RARE, UNLIKELY, POSSIBLE, LIKELY and CERTAIN and no other likelihood label.
/// <see cref="TryParse"/> also accepts "Almost certain" for Certain, the usual wording of that column in other
/// 5×5 matrices, so that registers exported by other tools can be read. "Highly likely" is <b>not</b> accepted:
/// in the papers it occurs only as prose ("an attack is highly likely", 000:1548, quoting the national threat
/// level), never as a column of the grid, and it could mean either Likely or Certain.
/// Instances compare by <see cref="SmartEnum{TEnum, TValue}.Value"/>.
/// </remarks>
public sealed class Likelihood : SmartEnum<Likelihood>
{
    /// <summary>Likelihood 1, the left column of the grid.</summary>
    public static readonly Likelihood Rare = new Likelihood(nameof(Rare), 1);

    /// <summary>Likelihood 2.</summary>
    public static readonly Likelihood Unlikely = new Likelihood(nameof(Unlikely), 2);

    /// <summary>Likelihood 3.</summary>
    public static readonly Likelihood Possible = new Likelihood(nameof(Possible), 3);

    /// <summary>Likelihood 4.</summary>
    public static readonly Likelihood Likely = new Likelihood(nameof(Likely), 4);

    /// <summary>Likelihood 5, the right column of the grid.</summary>
    public static readonly Likelihood Certain = new Likelihood(nameof(Certain), 5);

    private static readonly Likelihood[] _ascending = { Rare, Unlikely, Possible, Likely, Certain };

    private Likelihood(string name, int value)
        : base(name, value)
    {
    }

    /// <summary>Gets the five likelihoods in ascending order of value.</summary>
    internal static IReadOnlyList<Likelihood> Ascending => _ascending;

    /// <summary>Returns the likelihood named or numbered by <paramref name="text"/>.</summary>
    /// <param name="text">A name (case-insensitive, surrounding white space ignored), "Almost certain", or a digit 1-5.</param>
    /// <returns>The likelihood.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not an accepted word or digit; the message names it and lists the accepted words.</exception>
    public static Likelihood Parse(string text)
    {
        Guard.NotNull(text);
        if (TryParse(text, out Likelihood? likelihood))
        {
            return likelihood;
        }

        throw new FormatException(string.Format(
            CultureInfo.InvariantCulture,
            "'{0}' is not a likelihood; accepted: Rare, Unlikely, Possible, Likely, Certain (or Almost certain) or the digits 1 to 5.",
            text));
    }

    /// <summary>Tries to read a likelihood from <paramref name="text"/>; never throws.</summary>
    /// <param name="text">A name (case-insensitive, surrounding white space ignored), "Almost certain" (read as Certain), or a digit 1-5.</param>
    /// <param name="likelihood">The likelihood when the method returns <see langword="true"/>; otherwise <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> names or numbers a likelihood.</returns>
    public static bool TryParse(string? text, [NotNullWhen(true)] out Likelihood? likelihood) =>
        MatrixAxis.TryRead(text, _ascending, t => IsAlmostCertain(t) ? Certain : null, out likelihood);

    private static bool IsAlmostCertain(string trimmed)
    {
        const string Almost = "almost";
        if (trimmed.Length <= Almost.Length || !trimmed.StartsWith(Almost, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        string rest = trimmed.Substring(Almost.Length);
        return rest.Length > rest.TrimStart().Length
            && string.Equals(rest.Trim(), nameof(Certain), StringComparison.OrdinalIgnoreCase);
    }
}
