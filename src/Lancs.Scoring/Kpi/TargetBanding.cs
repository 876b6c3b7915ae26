using System;
using System.Globalization;

namespace Lancs.Scoring.Kpi;

/// <summary>
/// RAG by target and tolerance, as council performance systems band indicators: Green at or better than target, Amber
/// within a tolerance of it, Red beyond; optionally Blue when better than target by more than a margin.
/// </summary>
/// <remarks><para>The papers' 2018 key is a three-level key of this kind ("On track/good | Slightly below desired level |
/// Requires improvement", 002:447-449) but prints no rule; target and tolerance are how councils' own systems (Pentana,
/// LG Inform and local reports) band, not the papers'.</para>
/// <para>Boundaries: a value exactly at target is Green (the target is met, 002:585); one exactly at the tolerance's edge
/// is Amber under <see cref="BoundaryRule.ToBetterBand"/> (the default: "within" includes the edge) and Red under
/// <see cref="BoundaryRule.ToWorseBand"/>; Blue needs strictly more than the margin. Polarity decides which side of the target
/// is better.</para></remarks>
public sealed class TargetBanding
{
    private TargetBanding(Tolerance amber, BoundaryRule atTolerance, Tolerance? blue)
    {
        Amber = amber;
        AtTolerance = atTolerance;
        Blue = blue;
        Scheme = blue is null ? BandingScheme.RedAmberGreen : BandingScheme.BlueRedAmberGreen;
    }

    /// <summary>Gets how far worse than target a value may be and still be Amber.</summary>
    public Tolerance Amber { get; }

    /// <summary>Gets which band owns a value exactly at the tolerance's edge.</summary>
    /// <value><see cref="BoundaryRule.ToBetterBand"/> (Amber) unless stated.</value>
    public BoundaryRule AtTolerance { get; }

    /// <summary>Gets how far better than target a value must be to be Blue, or <see langword="null"/> for a scheme without Blue.</summary>
    public Tolerance? Blue { get; }

    /// <summary>Gets the scheme: <see cref="BandingScheme.RedAmberGreen"/>, or <see cref="BandingScheme.BlueRedAmberGreen"/> with a Blue margin.</summary>
    public BandingScheme Scheme { get; }

    /// <summary>Creates RAG banding.</summary>
    /// <param name="amber">How far worse than target is still Amber.</param>
    /// <param name="atTolerance">Which band owns a value at the tolerance's edge; <see cref="BoundaryRule.ToBetterBand"/> (Amber) when omitted.</param>
    /// <param name="blue">How far better than target is Blue (0: anything better than target); <see langword="null"/> for no Blue band.</param>
    /// <returns>The banding.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="amber"/> is <see langword="null"/>.</exception>
    public static TargetBanding Create(Tolerance amber, BoundaryRule? atTolerance = null, Tolerance? blue = null) =>
        new(Guard.NotNull(amber), atTolerance ?? BoundaryRule.ToBetterBand, blue);

    /// <summary>Returns "Amber within 5% of target (edge Amber); Blue beyond 0".</summary>
    /// <returns>The banding in words, in the invariant culture.</returns>
    public override string ToString() => string.Format(
        CultureInfo.InvariantCulture,
        "Amber within {0} (edge {1}){2}",
        Amber,
        AtTolerance == BoundaryRule.ToBetterBand ? "Amber" : "Red",
        Blue is null ? string.Empty : "; Blue beyond " + Blue);
}
