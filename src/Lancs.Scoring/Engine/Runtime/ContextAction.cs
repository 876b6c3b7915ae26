using System;
using System.Collections.Generic;

namespace Lancs.Scoring.Engine.Runtime;

/// <summary>Any action other than a recognised yield: the rule's own lambda, run with a <see cref="BatchContext"/> that
/// derives what the action inserts.</summary>
internal sealed class ContextAction : RuleAction
{
    private readonly ContextRowAction _run;

    public ContextAction(string description, ContextRowAction run, IReadOnlyList<Type> inserted)
        : base(description, inserted)
    {
        _run = run;
    }

    public override void Fire(Activation activation, int[] rows, int offset, int derivation) =>
        _run(new BatchContext(activation, derivation), activation.Memory.Lists, rows, offset);
}
