using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace Lancs.Scoring.Complaints;

/// <summary>A figure an annual report prints, with the counts it rests on, so the library can check that it adds up.</summary>
public sealed class PrintedFigure
{
    private PrintedFigure(string name, bool isShare, IReadOnlyList<int> counts, int printed, string source)
    {
        Name = name;
        IsShare = isShare;
        Counts = counts;
        Printed = printed;
        Source = source;
    }

    /// <summary>Gets what the figure is, as the report words it.</summary>
    public string Name { get; }

    /// <summary>Gets whether the figure is a percentage (else a total).</summary>
    public bool IsShare { get; }

    /// <summary>Gets the counts: numerator and denominator of a share, or the parts of a total.</summary>
    public IReadOnlyList<int> Counts { get; }

    /// <summary>Gets the value printed: a whole percentage, or a total.</summary>
    public int Printed { get; }

    /// <summary>Gets where it is printed, for example "000:911".</summary>
    public string Source { get; }

    /// <summary>Gets what the counts give: the share rounded as the report says it rounds (000:747), or the sum of the parts.</summary>
    public int Computed => IsShare ? new Share(Counts[0], Counts[1]).Rounded : Counts.Sum();

    /// <summary>Gets whether the printed value is what the counts give.</summary>
    public bool AddsUp => Computed == Printed;

    /// <summary>Creates a printed percentage.</summary>
    /// <param name="name">What it is.</param>
    /// <param name="count">The numerator.</param>
    /// <param name="of">The denominator.</param>
    /// <param name="printedPercent">The whole percentage printed.</param>
    /// <param name="source">Where it is printed.</param>
    /// <returns>The figure.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The counts do not make a share.</exception>
    public static PrintedFigure Share(string name, int count, int of, int printedPercent, string source)
    {
        _ = new Share(count, of);
        return new PrintedFigure(Guard.NotEmpty(name), true, new[] { count, of }, printedPercent, Guard.NotEmpty(source));
    }

    /// <summary>Creates a printed total.</summary>
    /// <param name="name">What it is.</param>
    /// <param name="parts">The parts printed elsewhere that should add up to it.</param>
    /// <param name="printedTotal">The total printed.</param>
    /// <param name="source">Where it is printed.</param>
    /// <returns>The figure.</returns>
    public static PrintedFigure Total(string name, IReadOnlyList<int> parts, int printedTotal, string source) =>
        new(Guard.NotEmpty(name), false, Guard.NotNull(parts).ToArray(), printedTotal, Guard.NotEmpty(source));

    /// <summary>Returns "name: printed 15%, counts give 16% (75 of 479) at 000:828".</summary>
    /// <returns>The figure and what the counts give.</returns>
    public override string ToString() => IsShare
        ? string.Format(CultureInfo.InvariantCulture, "{0}: printed {1}%, the counts give {2}% ({3} of {4}) at {5}", Name, Printed, Computed, Counts[0], Counts[1], Source)
        : string.Format(CultureInfo.InvariantCulture, "{0}: printed {1}, the parts add up to {2} ({3}) at {4}", Name, Printed, Computed, string.Join(" + ", Counts), Source);
}
