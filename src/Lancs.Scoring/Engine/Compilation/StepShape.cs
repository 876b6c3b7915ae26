using System.Linq.Expressions;

namespace Lancs.Scoring.Engine.Compilation;

/// <summary>What every step of a pattern is built from: its description, its fact list, the rule's row layout and the
/// parameter through which the classified bodies read the candidate fact.</summary>
internal sealed class StepShape
{
    public StepShape(string description, int listId, RowSlots slots, ParameterExpression candidate)
    {
        Description = description;
        ListId = listId;
        Slots = slots;
        Candidate = candidate;
    }

    public string Description { get; }

    public int ListId { get; }

    public RowSlots Slots { get; }

    public ParameterExpression Candidate { get; }
}
