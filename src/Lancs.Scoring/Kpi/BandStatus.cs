using Ardalis.SmartEnum;

namespace Lancs.Scoring.Kpi;

/// <summary>Whether an observation was placed in a band, and if not, why.</summary>
/// <remarks>Unknown is a value: an observation is never guessed into a band. Ordered by <c>Value</c>.</remarks>
public sealed class BandStatus : SmartEnum<BandStatus>
{
    /// <summary>The observation has a value and was placed in exactly one band.</summary>
    public static readonly BandStatus Banded = new(nameof(Banded), 1);

    /// <summary>The observation has a value but no band can be given: the indicator has no thresholds, or a comparator its thresholds need is missing.</summary>
    public static readonly BandStatus NotBanded = new(nameof(NotBanded), 2);

    /// <summary>The observation has no value, so it cannot be banded (a band printed without a value is not reproduced).</summary>
    public static readonly BandStatus NoValue = new(nameof(NoValue), 3);

    /// <summary>The indicator is "data only": reported for information, with no band by design (unlike <see cref="NotBanded"/>,
    /// where a band cannot be given).</summary>
    public static readonly BandStatus DataOnly = new(nameof(DataOnly), 4);

    private BandStatus(string name, int value)
        : base(name, value)
    {
    }
}
