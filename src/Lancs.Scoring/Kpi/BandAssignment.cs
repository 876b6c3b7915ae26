namespace Lancs.Scoring.Kpi;

/// <summary>
/// The band an observation was placed in, or why it has none.
/// </summary>
/// <remarks><see cref="Band"/> is set exactly when <see cref="Status"/> is <see cref="BandStatus.Banded"/>.</remarks>
public sealed class BandAssignment
{
    private BandAssignment(BandStatus status, KpiBand? band, string reason)
    {
        Status = status;
        Band = band;
        Reason = reason;
    }

    /// <summary>Gets whether the observation was banded, and if not, why.</summary>
    public BandStatus Status { get; }

    /// <summary>Gets the band, or <see langword="null"/> when the observation is not banded.</summary>
    public KpiBand? Band { get; }

    /// <summary>Gets a sentence explaining the assignment.</summary>
    public string Reason { get; }

    /// <summary>Gets a value indicating whether the observation was placed in a band.</summary>
    public bool IsBanded => Band is not null;

    /// <summary>Returns the band's name, or the status when there is no band.</summary>
    /// <returns>The band's name or status.</returns>
    public override string ToString() => Band?.Name ?? Status.Name;

    internal static BandAssignment Banded(KpiBand band, string reason) => new(BandStatus.Banded, band, reason);

    internal static BandAssignment NotBanded(string reason) => new(BandStatus.NotBanded, null, reason);

    internal static BandAssignment NoValue(string reason) => new(BandStatus.NoValue, null, reason);

    internal static BandAssignment DataOnly(string reason) => new(BandStatus.DataOnly, null, reason);
}
