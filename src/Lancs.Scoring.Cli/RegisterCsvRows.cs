using System.Collections;
using System.Collections.Generic;
using System.IO;
using Lancs.Scoring.Risk;

namespace Lancs.Scoring.Cli;

/// <summary>A register CSV's rows, read as they are enumerated: made when the file is opened and its header checked, read
/// once, and closed when the last row has been read or this is disposed. A bulk re-score hands them straight to the scorer,
/// so that a million rows die young instead of all being held until the register is scored.</summary>
internal sealed class RegisterCsvRows : IEnumerable<RegisterRow>, System.IDisposable
{
    private readonly CsvRows _csv;
    private readonly TextWriter _progress;
    private readonly int _id, _kind, _description, _riskType, _owner, _inherent, _residual, _direction, _source, _target;
    private bool _taken;

    /// <summary>Takes an open file whose header names the register's columns.</summary>
    public RegisterCsvRows(CsvRows csv, TextWriter progress)
    {
        _csv = csv;
        _progress = progress;
        // Each column's position is looked up once, not by name for every cell of a million rows.
        (_id, _kind, _description, _riskType, _owner) = (csv.ColumnIndex("id"), csv.ColumnIndex("kind"), csv.ColumnIndex("description"), csv.ColumnIndex("risk_type"), csv.ColumnIndex("owner"));
        (_inherent, _residual, _direction, _source, _target) = (csv.ColumnIndex("inherent"), csv.ColumnIndex("residual"), csv.ColumnIndex("direction_of_travel"), csv.ColumnIndex("source"), csv.ColumnIndex("target"));
    }

    /// <summary>Returns the rows; the file is read once, so a second enumeration is refused.</summary>
    /// <exception cref="System.InvalidOperationException">The rows were already enumerated.</exception>
    public IEnumerator<RegisterRow> GetEnumerator()
    {
        if (_taken)
        {
            throw new System.InvalidOperationException("A register CSV's rows are read once; read the file again to go over them twice.");
        }

        _taken = true;
        return Read();
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Closes the file (again, when the rows have been read).</summary>
    public void Dispose() => _csv.Dispose();

    private IEnumerator<RegisterRow> Read()
    {
        using (this)
        {
            foreach (var row in _csv.Rows(_progress))
            {
                yield return new RegisterRow(row.Line, row[_id], row[_kind], row[_description], row[_riskType], row[_owner],
                    row[_inherent], row[_residual], row[_direction], row[_source], row[_target]);
            }
        }
    }
}
