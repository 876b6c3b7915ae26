using System;
using System.Globalization;

namespace Lancs.Scoring.Kpi;

/// <summary>
/// One band of a <see cref="BandingScheme"/>, such as "Good" in the children's-services threshold categories.
/// </summary>
/// <remarks>Bands are data, not a closed set, because a council can define its own scheme. Two bands are equal
/// when they have the same scheme name and rank. <see cref="Rank"/> 0 is the best band of its scheme.</remarks>
public sealed class KpiBand : IEquatable<KpiBand>
{
    internal KpiBand(string schemeName, string name, int rank)
    {
        SchemeName = schemeName;
        Name = name;
        Rank = rank;
    }

    /// <summary>Gets the name of the scheme the band belongs to.</summary>
    public string SchemeName { get; }

    /// <summary>Gets the band's name as the papers print it.</summary>
    public string Name { get; }

    /// <summary>Gets the band's position in its scheme: 0 is the best band, higher is worse.</summary>
    public int Rank { get; }

    /// <summary>Returns whether this band is better than <paramref name="other"/> of the same scheme.</summary>
    /// <param name="other">A band of the same scheme.</param>
    /// <returns><see langword="true"/> when this band ranks above <paramref name="other"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="other"/> belongs to another scheme.</exception>
    public bool IsBetterThan(KpiBand other)
    {
        Guard.NotNull(other);
        if (!string.Equals(other.SchemeName, SchemeName, StringComparison.Ordinal))
        {
            throw new ArgumentException(string.Format(
                CultureInfo.InvariantCulture,
                "Band '{0}' of scheme '{1}' cannot be compared with band '{2}' of scheme '{3}'.",
                Name,
                SchemeName,
                other.Name,
                other.SchemeName), nameof(other));
        }

        return Rank < other.Rank;
    }

    /// <inheritdoc/>
    public bool Equals(KpiBand? other)
        => other is not null && other.Rank == Rank && string.Equals(other.SchemeName, SchemeName, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as KpiBand);

    /// <inheritdoc/>
    public override int GetHashCode() => unchecked((StringComparer.Ordinal.GetHashCode(SchemeName) * 31) + Rank);

    /// <summary>Returns the band's name.</summary>
    /// <returns>The band's name as printed.</returns>
    public override string ToString() => Name;
}
