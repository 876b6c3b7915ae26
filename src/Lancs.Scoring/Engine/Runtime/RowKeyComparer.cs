using System.Collections.Generic;

namespace Lancs.Scoring.Engine.Runtime;

/// <summary>Compares rows of fact indexes by content, so a recursive rule fires once per distinct row.</summary>
internal sealed class RowKeyComparer : IEqualityComparer<int[]>
{
    public static readonly RowKeyComparer Instance = new();

    public bool Equals(int[]? x, int[]? y)
    {
        if (x is null || y is null || x.Length != y.Length)
        {
            return ReferenceEquals(x, y);
        }

        for (var i = 0; i < x.Length; i++)
        {
            if (x[i] != y[i])
            {
                return false;
            }
        }

        return true;
    }

    public int GetHashCode(int[] row)
    {
        unchecked
        {
            var hash = 17;
            foreach (var index in row)
            {
                hash = (hash * 31) + index;
            }

            return hash;
        }
    }
}
