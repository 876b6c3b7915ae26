namespace Lancs.Scoring.Risk;

/// <summary>Where an entry's kind, risk or opportunity, comes from.</summary>
public enum KindSource
{
    /// <summary>From the identification number: CR for a risk and CO for an opportunity in the published scheme, or the
    /// named group <c>risk</c> or <c>opportunity</c> that matched in a pattern of the council's own. A kind column, when
    /// filled, must agree.</summary>
    Id,

    /// <summary>From the kind column ("risk" or "opportunity"), which every entry must then fill.</summary>
    Column,
}
