namespace Lancs.Scoring.Benchmarks.Engine;

/// <summary>A fact of the left side of the join benchmark.</summary>
public sealed record LeftFact(string Key, int Value);

/// <summary>A fact of the right side of the join benchmark.</summary>
public sealed record RightFact(string Key, int Value);

/// <summary>What the join derives for each matching pair.</summary>
public sealed record JoinedFact(LeftFact Left, RightFact Right);
