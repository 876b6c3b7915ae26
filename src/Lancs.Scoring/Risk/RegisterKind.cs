using System.Diagnostics.CodeAnalysis;
using Ardalis.SmartEnum;

namespace Lancs.Scoring.Risk;

/// <summary>
/// Whether a register entry is a risk (<c>CR</c> numbers) or an opportunity (<c>CO</c> numbers), with the
/// column names each table prints (000:1515, 000:1550).
/// </summary>
/// <remarks>Instances compare by <see cref="SmartEnum{TEnum, TValue}.Value"/>.</remarks>
public sealed class RegisterKind : SmartEnum<RegisterKind>
{
    /// <summary>A risk: identification number <c>CR&lt;n&gt;</c>; a lower score is better.</summary>
    public static readonly RegisterKind Risk = new RegisterKind(nameof(Risk), 1, "Risk Score", "Residual Score");

    /// <summary>An opportunity: identification number <c>CO&lt;n&gt;</c> (printed <c>C0&lt;n&gt;</c> for CO1 and CO2); a higher score is better.</summary>
    public static readonly RegisterKind Opportunity = new RegisterKind(nameof(Opportunity), 2, "Opportunity Score", "Residual Opportunity Score");

    private RegisterKind(string name, int value, string scoreColumnName, string residualColumnName)
        : base(name, value)
    {
        ScoreColumnName = scoreColumnName;
        ResidualColumnName = residualColumnName;
    }

    /// <summary>
    /// Gets a value indicating whether a higher score is the better outcome: <see langword="false"/> for a risk,
    /// <see langword="true"/> for an opportunity (opportunity scores rise after maximising actions, 001:806-808).
    /// </summary>
    public bool HigherIsBetter => this == Opportunity;

    /// <summary>Gets the printed heading of the score before actions: "Risk Score" or "Opportunity Score".</summary>
    public string ScoreColumnName { get; }

    /// <summary>Gets the printed heading of the score after actions: "Residual Score" or "Residual Opportunity Score".</summary>
    public string ResidualColumnName { get; }

    /// <summary>Tries to tell the kind of an entry from its identification number; never throws.</summary>
    /// <param name="id">An identification number as printed, e.g. "CR12", "CO4", "C01" (digit zero) or "CR1.1"; case and surrounding white space are ignored.</param>
    /// <param name="kind">The kind when the method returns <see langword="true"/>; otherwise <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when <paramref name="id"/> is a well-formed identification number (see <see cref="EntryId.TryParse"/>).</returns>
    public static bool TryFromIdentifier(string? id, [NotNullWhen(true)] out RegisterKind? kind)
    {
        if (EntryId.TryParse(id, out EntryId? entryId, out _))
        {
            kind = entryId.Kind;
            return true;
        }

        kind = null;
        return false;
    }
}
