using System;
using System.Collections.Generic;
using Lancs.Scoring.Complaints;

namespace Lancs.Scoring.Tests.Complaints;

/// <summary>Builds a stream's complaints for 2016/17 from the counts a report gives.</summary>
internal sealed class Cohort
{
    private static readonly DateTime Received = new(2016, 6, 1);
    private readonly ComplaintStream _stream;
    private readonly List<Complaint> _complaints = new();

    public Cohort(ComplaintStream stream) => _stream = stream;

    public IReadOnlyList<Complaint> Complaints => _complaints;

    public Cohort Closed(int count, ComplaintOutcome outcome, ComplaintStage stage, bool exceededTimescale = false)
    {
        for (var i = 0; i < count; i++)
        {
            _complaints.Add(Complaint.Create($"{_stream}-{_complaints.Count + 1}", _stream, stage, Received, Received.AddDays(30), outcome, exceededTimescale));
        }

        return this;
    }

    public Cohort Open(int count, ComplaintStage stage)
    {
        for (var i = 0; i < count; i++)
        {
            _complaints.Add(Complaint.Create($"{_stream}-{_complaints.Count + 1}", _stream, stage, Received));
        }

        return this;
    }
}
