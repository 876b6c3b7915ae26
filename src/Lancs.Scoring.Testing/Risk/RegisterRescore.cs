using System.Collections.Generic;
using Lancs.Scoring.Risk;

namespace Lancs.Scoring.Testing;

/// <summary>What a register law tests: a re-score of a quarter's entries, with the previous quarter's (the quarter before)
/// when given, under a policy. <see cref="RegisterLaws"/> uses <see cref="RegisterScorer"/> unless a test passes its own,
/// for example to wrap the scorer or to test a rule set of its own.</summary>
/// <param name="policy">The policy to re-score under.</param>
/// <param name="quarter">The quarter of <paramref name="current"/>.</param>
/// <param name="current">This quarter's entries.</param>
/// <param name="previous">The previous quarter's entries, or <see langword="null"/>.</param>
/// <returns>The result.</returns>
public delegate RegisterResult RegisterRescore(ScoringPolicy policy, Quarter quarter, IReadOnlyList<RegisterEntry> current, IReadOnlyList<RegisterEntry>? previous);
