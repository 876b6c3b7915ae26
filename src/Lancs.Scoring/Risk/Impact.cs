using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Ardalis.SmartEnum;

namespace Lancs.Scoring.Risk;

/// <summary>
/// The impact axis (rows) of the council's 5×5 "Key to Scores": Insignificant 1 to Catastrophic 5
/// (000:1557-1565, 001:898-906, 002:389-397).
/// </summary>
/// <remarks>
/// The same grid serves risks and opportunities; the only difference is the top row, printed
/// "CATASTROPHIC (for risk) OUTSTANDING (for opportunity)" (000:1559). <see cref="OpportunityLabel"/> gives the
/// opportunity wording. Instances compare by <see cref="SmartEnum{TEnum, TValue}.Value"/>.
/// </remarks>
public sealed class Impact : SmartEnum<Impact>
{
    /// <summary>Impact 1, the bottom row of the grid.</summary>
    public static readonly Impact Insignificant = new Impact(nameof(Insignificant), 1);

    /// <summary>Impact 2.</summary>
    public static readonly Impact Minor = new Impact(nameof(Minor), 2);

    /// <summary>Impact 3.</summary>
    public static readonly Impact Moderate = new Impact(nameof(Moderate), 3);

    /// <summary>Impact 4.</summary>
    public static readonly Impact Major = new Impact(nameof(Major), 4);

    /// <summary>Impact 5, the top row: "Catastrophic" for a risk, "Outstanding" for an opportunity.</summary>
    public static readonly Impact Catastrophic = new Impact(nameof(Catastrophic), 5);

    private const string OutstandingLabel = "Outstanding";

    private static readonly Impact[] _ascending = { Insignificant, Minor, Moderate, Major, Catastrophic };

    private Impact(string name, int value)
        : base(name, value)
    {
    }

    /// <summary>Gets the label the grid prints for an opportunity: "Outstanding" for impact 5, otherwise <see cref="SmartEnum{TEnum, TValue}.Name"/>.</summary>
    public string OpportunityLabel => Value == 5 ? OutstandingLabel : Name;

    /// <summary>Returns the label the grid prints for this impact on <paramref name="kind"/>'s register: <see cref="OpportunityLabel"/>
    /// for an opportunity, <see cref="SmartEnum{TEnum, TValue}.Name"/> for a risk.</summary>
    /// <param name="kind">Risk or opportunity.</param>
    /// <returns>"Outstanding" for an opportunity's impact 5, otherwise the name ("Catastrophic", "Major", ...).</returns>
    /// <remarks>The Key to Scores prints one grid for both kinds and only one opportunity label, for the top row
    /// ("CATASTROPHIC (for risk) OUTSTANDING (for opportunity)", 000:1559); rows 1 to 4 keep their names for both
    /// (docs/decisions.md).</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="kind"/> is <see langword="null"/>.</exception>
    public string LabelFor(RegisterKind kind) => Guard.NotNull(kind) == RegisterKind.Opportunity ? OpportunityLabel : Name;

    /// <summary>Gets the five impacts in ascending order of value.</summary>
    internal static IReadOnlyList<Impact> Ascending => _ascending;

    /// <summary>Returns the impact named or numbered by <paramref name="text"/>.</summary>
    /// <param name="text">A name (case-insensitive, surrounding white space ignored), "Outstanding", or a digit 1-5.</param>
    /// <returns>The impact.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not an accepted word or digit; the message names it and lists the accepted words.</exception>
    public static Impact Parse(string text)
    {
        Guard.NotNull(text);
        if (TryParse(text, out Impact? impact))
        {
            return impact;
        }

        throw new FormatException(string.Format(
            CultureInfo.InvariantCulture,
            "'{0}' is not an impact; accepted: Insignificant, Minor, Moderate, Major, Catastrophic (Outstanding for an opportunity) or the digits 1 to 5.",
            text));
    }

    /// <summary>Tries to read an impact from <paramref name="text"/>; never throws.</summary>
    /// <param name="text">A name (case-insensitive, surrounding white space ignored), "Outstanding" (the opportunity wording of impact 5), or a digit 1-5.</param>
    /// <param name="impact">The impact when the method returns <see langword="true"/>; otherwise <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> names or numbers an impact.</returns>
    public static bool TryParse(string? text, [NotNullWhen(true)] out Impact? impact) =>
        MatrixAxis.TryRead(text, _ascending, t => string.Equals(t, OutstandingLabel, StringComparison.OrdinalIgnoreCase) ? Catastrophic : null, out impact);
}
