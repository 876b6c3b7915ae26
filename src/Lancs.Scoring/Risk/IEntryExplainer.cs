using System.Collections.Generic;

namespace Lancs.Scoring.Risk;

/// <summary>Writes an entry's explanation when it is first read; one explainer serves every entry of a run.</summary>
internal interface IEntryExplainer
{
    /// <summary>Returns one step per rule that derived something about <paramref name="entry"/>.</summary>
    IReadOnlyList<ExplanationStep> Explain(EntryResult entry);
}
