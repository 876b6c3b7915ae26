using System;
using System.Collections.Generic;

namespace Lancs.Scoring.Risk;

/// <summary>The heat maps of a register, kept apart per kind (risks, opportunities) and per score (inherent, residual,
/// target), so that an opportunity rated Outstanding is never counted in a risk's Catastrophic row.</summary>
/// <remarks>Each map lists its entries' ids as well as the counts (<see cref="EntryHeatMap"/>). Immutable.</remarks>
public sealed class RegisterHeatMaps
{
    private static readonly AssessmentKind[] _assessmentKinds = { AssessmentKind.Inherent, AssessmentKind.Residual, AssessmentKind.Target };

    private readonly EntryHeatMap[] _maps;

    private RegisterHeatMaps(EntryHeatMap[] maps) => _maps = maps;

    /// <summary>Gets the six maps: risks' inherent, residual and target, then opportunities' inherent, residual and target.</summary>
    public IReadOnlyList<EntryHeatMap> All => _maps;

    /// <summary>Gets the map of one kind of entry and one of their scores.</summary>
    /// <param name="kind">Risks or opportunities.</param>
    /// <param name="assessmentKind">Inherent, residual or target.</param>
    /// <returns>The map (empty when the register has no such entries or scores).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="kind"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="assessmentKind"/> is not a defined value.</exception>
    public EntryHeatMap this[RegisterKind kind, AssessmentKind assessmentKind]
    {
        get
        {
            var k = Array.IndexOf(_assessmentKinds, assessmentKind);
            if (k < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(assessmentKind), assessmentKind, "Ask for the inherent, residual or target map.");
            }

            return _maps[((Guard.NotNull(kind) == RegisterKind.Opportunity ? 1 : 0) * 3) + k];
        }
    }

    /// <summary>Counts a register's entries into the six maps.</summary>
    /// <param name="entries">The entries, in register order.</param>
    /// <returns>The maps.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entries"/> or one of them is <see langword="null"/>.</exception>
    public static RegisterHeatMaps Count(IEnumerable<RegisterEntry> entries)
    {
        var list = Guard.NotNull(entries) as IReadOnlyList<RegisterEntry> ?? new List<RegisterEntry>(entries);
        var pairs = new List<(RegisterKind, AssessmentKind)>(6);
        foreach (var kind in new[] { RegisterKind.Risk, RegisterKind.Opportunity })
        {
            foreach (var assessmentKind in _assessmentKinds)
            {
                pairs.Add((kind, assessmentKind));
            }
        }

        var maps = EntryHeatMap.Count(list, pairs);
        return new RegisterHeatMaps(maps);
    }
}
