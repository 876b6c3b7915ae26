using System.Linq.Expressions;

namespace Lancs.Scoring.Engine.Compilation;

/// <summary>The hash key of a join: how many equalities it hashes, the shared index it may use, and the two hash
/// expressions, one over the candidate fact and one over the row matched so far.</summary>
internal sealed class JoinKey
{
    public JoinKey(int parts, int sharedIndex, Expression candidateHash, Expression rowHash)
    {
        Parts = parts;
        SharedIndex = sharedIndex;
        CandidateHash = candidateHash;
        RowHash = rowHash;
    }

    /// <summary>Gets the number of equalities the key is made of.</summary>
    public int Parts { get; }

    /// <summary>Gets the rule set's shared index for the key, or -1 when the join builds its own.</summary>
    public int SharedIndex { get; }

    /// <summary>Gets the key's hash over the candidate parameter.</summary>
    public Expression CandidateHash { get; }

    /// <summary>Gets the key's hash over the row's slots.</summary>
    public Expression RowHash { get; }
}
