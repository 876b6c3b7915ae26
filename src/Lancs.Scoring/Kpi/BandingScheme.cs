using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace Lancs.Scoring.Kpi;

/// <summary>
/// An ordered set of bands, best first, that indicators are placed in.
/// </summary>
/// <remarks>The papers' two schemes are built in: <see cref="ThresholdCategories"/> (2017 report) and
/// <see cref="CorporateKey2018"/> (2018 report); beside them, <see cref="RedAmberGreen"/> and <see cref="BlueRedAmberGreen"/>
/// for banding by target and tolerance. A council defines another with <see cref="Create"/>.</remarks>
public sealed class BandingScheme
{
    private BandingScheme(string name, IReadOnlyList<KpiBand> bands)
    {
        Name = name;
        Bands = bands;
    }

    /// <summary>
    /// Gets the children's-services threshold categories, best first: Outstanding, Good, Requires Improvement,
    /// Inadequate ("threshold category", 000:1626; order from "moved up"/"dropped into", 000:1622-1640).
    /// </summary>
    public static BandingScheme ThresholdCategories { get; } =
        Create("Threshold categories", "Outstanding", "Good", "Requires Improvement", "Inadequate");

    /// <summary>
    /// Gets the 2018 corporate key, best first: On track/good, Slightly below desired level, Requires improvement
    /// ("Key for performance", 002:447-449).
    /// </summary>
    public static BandingScheme CorporateKey2018 { get; } =
        Create("Corporate key 2018", "On track/good", "Slightly below desired level", "Requires improvement");

    /// <summary>
    /// Gets the RAG scheme, best first: Green, Amber, Red. Indicators in it are banded by target and tolerance
    /// (<see cref="TargetBanding"/>), as council performance systems band them; not a scheme of the papers.
    /// </summary>
    public static BandingScheme RedAmberGreen { get; } = Create("RAG", "Green", "Amber", "Red");

    /// <summary>
    /// Gets the RAG scheme with a fourth band above target, best first: Blue (better than target by more than a margin),
    /// Green, Amber, Red (<see cref="TargetBanding"/>); not a scheme of the papers.
    /// </summary>
    public static BandingScheme BlueRedAmberGreen { get; } = Create("BRAG", "Blue", "Green", "Amber", "Red");

    /// <summary>Gets the scheme's name.</summary>
    public string Name { get; }

    /// <summary>Gets the bands, best first; <see cref="KpiBand.Rank"/> is the position in this list.</summary>
    public IReadOnlyList<KpiBand> Bands { get; }

    /// <summary>Gets the best band.</summary>
    public KpiBand Best => Bands[0];

    /// <summary>Gets the worst band.</summary>
    public KpiBand Worst => Bands[Bands.Count - 1];

    /// <summary>Creates a scheme from its band names, best first.</summary>
    /// <param name="name">The scheme's name.</param>
    /// <param name="bandNamesBestFirst">At least two distinct band names, best first.</param>
    /// <returns>The scheme.</returns>
    /// <exception cref="ArgumentException">The name or a band name is empty, there are fewer than two bands, or
    /// two bands share a name (ignoring case).</exception>
    public static BandingScheme Create(string name, params string[] bandNamesBestFirst)
    {
        Guard.NotEmpty(name);
        Guard.NotNull(bandNamesBestFirst);
        if (bandNamesBestFirst.Length < 2)
        {
            throw new ArgumentException(string.Format(
                CultureInfo.InvariantCulture,
                "Scheme '{0}', field bands: a scheme needs at least two bands, got {1}.",
                name,
                bandNamesBestFirst.Length), nameof(bandNamesBestFirst));
        }

        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var bands = new List<KpiBand>(bandNamesBestFirst.Length);
        for (int i = 0; i < bandNamesBestFirst.Length; i++)
        {
            string? band = bandNamesBestFirst[i];
            if (band is null || band.Trim().Length == 0 || !seen.Add(band))
            {
                throw new ArgumentException(string.Format(
                    CultureInfo.InvariantCulture,
                    "Scheme '{0}', field bands[{1}] '{2}': band names must be present and distinct.",
                    name,
                    i,
                    band), nameof(bandNamesBestFirst));
            }

            bands.Add(new KpiBand(name, band, i));
        }

        return new BandingScheme(name, bands.AsReadOnly());
    }

    /// <summary>Finds a band of this scheme by name, ignoring case.</summary>
    /// <param name="bandName">The band's name.</param>
    /// <param name="band">The band, when found.</param>
    /// <returns><see langword="true"/> when the scheme has a band of that name.</returns>
    public bool TryFindBand(string? bandName, out KpiBand? band)
    {
        band = Bands.FirstOrDefault(b => string.Equals(b.Name, bandName, StringComparison.OrdinalIgnoreCase));
        return band is not null;
    }

    /// <summary>Finds a band of this scheme by name, ignoring case.</summary>
    /// <param name="bandName">The band's name.</param>
    /// <returns>The band.</returns>
    /// <exception cref="ArgumentException">The scheme has no band of that name.</exception>
    public KpiBand FindBand(string bandName)
        => TryFindBand(bandName, out KpiBand? band)
            ? band!
            : throw new ArgumentException(string.Format(
                CultureInfo.InvariantCulture,
                "Scheme '{0}' has no band '{1}'; its bands are {2}.",
                Name,
                bandName,
                string.Join(", ", Bands.Select(b => b.Name))), nameof(bandName));

    /// <summary>Returns the scheme's name.</summary>
    /// <returns>The scheme's name.</returns>
    public override string ToString() => Name;
}
