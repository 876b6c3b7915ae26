namespace Lancs.Scoring.Risk;

/// <summary>The policy's risk appetite: zones over the matrix and, per kind of entry, the zones within appetite.</summary>
public sealed partial class ScoringPolicy
{
    /// <summary>Gets the risk appetite: named zones over the 5×5 matrix and the zones within appetite for risks and for
    /// opportunities. An entry whose residual lies outside its kind's appetite is reported.</summary>
    /// <value>Default: <see cref="RiskAppetite.None"/>: the papers state no appetite and no colour bands (register_rules §6),
    /// so nothing is judged and no zone is shown.</value>
    public RiskAppetite Appetite { get; private set; } = RiskAppetite.None;

    /// <summary>Returns a copy with another risk appetite.</summary>
    /// <param name="appetite">The appetite (<see cref="RiskAppetite.Create"/>), or <see cref="RiskAppetite.None"/>.</param>
    /// <returns>The changed policy; its name says that the appetite changed.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="appetite"/> is <see langword="null"/>.</exception>
    public ScoringPolicy WithAppetite(RiskAppetite appetite)
    {
        Guard.NotNull(appetite);
        return With("risk appetite", p => p.Appetite = appetite);
    }

}
