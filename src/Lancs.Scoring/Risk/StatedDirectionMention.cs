namespace Lancs.Scoring.Risk;

/// <summary>A movement phrase found in a printed Direction of Travel cell, and whether it may be read or flagged.</summary>
internal readonly struct StatedDirectionMention
{
    public StatedDirectionMention(DirectionOfTravel direction, int start, int end, bool isRead, bool isQualifier)
    {
        Direction = direction;
        Start = start;
        End = end;
        IsRead = isRead;
        IsQualifier = isQualifier;
    }

    /// <summary>Gets the direction the phrase states (<see cref="DirectionOfTravel.New"/> for "new risk").</summary>
    public DirectionOfTravel Direction { get; }

    /// <summary>Gets the index in the cell of the phrase's first character.</summary>
    public int Start { get; }

    /// <summary>Gets the index in the cell just past the phrase's last character.</summary>
    public int End { get; }

    /// <summary>Gets a value indicating whether the phrase states the risk's movement plainly enough to be read as
    /// the cell's direction: not negated, not a forecast, not describing a noun, and about the risk or its score.</summary>
    public bool IsRead { get; }

    /// <summary>Gets a value indicating whether the phrase, after a leading keyword, qualifies it (not negated, not
    /// describing a noun); a looser test than <see cref="IsRead"/>, because a qualifier is only flagged, never read.</summary>
    public bool IsQualifier { get; }
}
