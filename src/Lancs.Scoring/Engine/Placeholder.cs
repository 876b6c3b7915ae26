namespace Lancs.Scoring.Engine;

/// <summary>Marks the engine namespace while the engine is being written.</summary>
internal static class Placeholder
{
}
