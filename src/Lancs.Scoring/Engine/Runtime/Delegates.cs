using NRules.RuleModel;

namespace Lancs.Scoring.Engine.Runtime;

/// <summary>A condition over the row matched so far and a candidate fact.</summary>
internal delegate bool RowCondition<in T>(FactList[] lists, int[] rows, int offset, T candidate);

/// <summary>A value computed from the row matched so far: a join key, or a derived fact.</summary>
internal delegate TResult RowFunction<out TResult>(FactList[] lists, int[] rows, int offset);

/// <summary>A rule's own action lambda over a complete row, with the context it inserts through.</summary>
internal delegate void ContextRowAction(IContext context, FactList[] lists, int[] rows, int offset);
