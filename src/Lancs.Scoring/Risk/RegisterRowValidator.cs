using System;
using System.Collections.Generic;
using System.Globalization;

namespace Lancs.Scoring.Risk;

/// <summary>Turns a <see cref="RegisterRow"/> into a <see cref="RegisterEntry"/>, or a <see cref="Rejection"/> naming the field at fault.</summary>
internal static class RegisterRowValidator
{
    private static readonly char[] TypeSeparators = { '/', ',', ';' };

    public static bool TryValidate(RegisterRow row, Quarter quarter, int position, out RegisterEntry? entry, out Rejection? rejection)
    {
        entry = null;
        var name = string.IsNullOrWhiteSpace(row.Id)
            ? string.Format(CultureInfo.InvariantCulture, "line {0}", row.Line)
            : string.Format(CultureInfo.InvariantCulture, "{0} (line {1})", Quoting.Value(row.Id!.Trim()), row.Line);

        if (!EntryId.TryParse(row.Id, out var id, out var idError))
        {
            rejection = new Rejection(name, "id", row.Id, idError);
            return false;
        }

        if (!string.IsNullOrWhiteSpace(row.Kind) && !string.Equals(row.Kind!.Trim(), id.Kind.Name, StringComparison.OrdinalIgnoreCase))
        {
            rejection = new Rejection(name, "kind", row.Kind,
                $"the kind must be 'risk' or 'opportunity' and agree with the id ({id.Raw} is a {id.Kind.Name.ToLowerInvariant()}).");
            return false;
        }

        if (string.IsNullOrWhiteSpace(row.Description))
        {
            rejection = new Rejection(name, "description", row.Description, "the description is empty; every entry needs its title as printed.");
            return false;
        }

        if (!Assessment.TryParse(row.Inherent, id.Kind, out var inherent, out var inherentError))
        {
            rejection = new Rejection(name, "inherent", row.Inherent, inherentError);
            return false;
        }

        Assessment? residual = null;
        if (!string.IsNullOrWhiteSpace(row.Residual) && !Assessment.TryParse(row.Residual, id.Kind, out residual, out var residualError))
        {
            rejection = new Rejection(name, "residual", row.Residual, residualError);
            return false;
        }

        Assessment? target = null;
        if (!string.IsNullOrWhiteSpace(row.Target) && !Assessment.TryParse(row.Target, id.Kind, out target, out var targetError))
        {
            rejection = new Rejection(name, "target", row.Target, targetError);
            return false;
        }

        entry = new RegisterEntry(id, quarter, row.Description!.Trim(), inherent, residual, StatedDirection.Parse(row.DirectionOfTravel),
            SplitTypes(row.RiskType), row.Owner?.Trim(), position, row.Source, target);
        rejection = null;
        return true;
    }

    private static IReadOnlyList<string> SplitTypes(string? cell)
    {
        var types = new List<string>();
        foreach (var part in (cell ?? string.Empty).Split(TypeSeparators, StringSplitOptions.RemoveEmptyEntries))
        {
            if (part.Trim().Length > 0)
            {
                types.Add(part.Trim());
            }
        }

        return types;
    }
}
