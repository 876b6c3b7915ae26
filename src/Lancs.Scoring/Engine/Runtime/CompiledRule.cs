using System;
using System.Collections.Generic;
using NRules.RuleModel;

namespace Lancs.Scoring.Engine.Runtime;

/// <summary>A rule ready to run: its steps (one per pattern), its actions, and what it consumes and yields.</summary>
internal sealed class CompiledRule
{
    public CompiledRule(IRuleDefinition definition, int index, Step[] steps, RuleAction[] actions, int[] slotLists,
        IReadOnlyList<Type> consumed, IReadOnlyList<Type> negated, IReadOnlyList<Type> yielded)
    {
        Definition = definition;
        Index = index;
        Steps = steps;
        Actions = actions;
        SlotLists = slotLists;
        Consumed = consumed;
        Negated = negated;
        Yielded = yielded;
    }

    public IRuleDefinition Definition { get; }

    /// <summary>Gets the rule's position in its rule set.</summary>
    public int Index { get; }

    public Step[] Steps { get; }

    public RuleAction[] Actions { get; }

    /// <summary>Gets, for each slot of a row, the id of the fact list its index points into.</summary>
    public int[] SlotLists { get; }

    /// <summary>Gets the fact types of the rule's <c>Match</c> and <c>Exists</c> patterns.</summary>
    public IReadOnlyList<Type> Consumed { get; }

    /// <summary>Gets the fact types of the rule's <c>Not</c> patterns.</summary>
    public IReadOnlyList<Type> Negated { get; }

    /// <summary>Gets the fact types the rule yields.</summary>
    public IReadOnlyList<Type> Yielded { get; }

    /// <summary>Gets whether the rule derives facts (and so needs a derivation per activation).</summary>
    public bool Yields => Yielded.Count > 0;

    /// <summary>Returns every row of facts that matches the whole left-hand side, in a deterministic order, in rented storage:
    /// the derivation log keeps the rows it explains from, and the runner releases them after firing.</summary>
    public RowBuffer Match(FactList[] lists)
    {
        var rows = RowBuffer.SingleEmptyRow();
        foreach (var step in Steps)
        {
            try
            {
                var input = rows;
                rows = step.Run(lists, input);
                if (!ReferenceEquals(rows, input))
                {
                    input.Release(); // read by this step and not kept: its storage goes back to the pool
                }
            }
            catch (Exception ex) when (ex is not RuleExecutionException)
            {
                throw new RuleExecutionException(Definition.Name, step.Description, ex.Message, ex);
            }
        }

        return rows;
    }
}
