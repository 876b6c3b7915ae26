using Ardalis.SmartEnum;

namespace Lancs.Scoring.Complaints;

/// <summary>What a timescale asks the council to do by its deadline. Ordered by <c>Value</c>.</summary>
public sealed class TimescaleStep : SmartEnum<TimescaleStep>
{
    /// <summary>Acknowledge the complaint (the Complaint Handling Code: within 5 working days).</summary>
    public static readonly TimescaleStep Acknowledge = new(nameof(Acknowledge), 1, "acknowledge");

    /// <summary>Respond to it: the stage's response, which closes the complaint at the stage it reached.</summary>
    public static readonly TimescaleStep Respond = new(nameof(Respond), 2, "respond");

    private TimescaleStep(string name, int value, string verb)
        : base(name, value)
    {
        Verb = verb;
    }

    /// <summary>Gets the step as a verb, for messages: "acknowledge", "respond".</summary>
    public string Verb { get; }
}
