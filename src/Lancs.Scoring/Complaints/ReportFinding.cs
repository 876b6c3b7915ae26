namespace Lancs.Scoring.Complaints;

/// <summary>A printed figure that does not add up: data for the report's author, never an exception.</summary>
public sealed class ReportFinding
{
    internal ReportFinding(PrintedFigure figure)
    {
        Figure = figure;
    }

    /// <summary>Gets the figure.</summary>
    public PrintedFigure Figure { get; }

    /// <summary>Gets the finding as a sentence.</summary>
    public string Message => Figure.ToString();

    /// <summary>Returns <see cref="Message"/>.</summary>
    /// <returns>The finding.</returns>
    public override string ToString() => Message;
}
