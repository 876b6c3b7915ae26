using System;
using System.Collections.Generic;
using System.Globalization;

namespace Lancs.Scoring.Risk;

/// <summary>Turns a <see cref="RegisterRow"/> into a <see cref="RegisterEntry"/>, or a <see cref="Rejection"/> naming the field at fault.</summary>
internal static class RegisterRowValidator
{
    private static readonly char[] TypeSeparators = { '/', ',', ';' };

    public static bool TryValidate(RegisterRow row, Quarter quarter, int position, IdentifierScheme scheme, out RegisterEntry? entry, out Rejection? rejection) =>
        TryValidate(row, quarter, position, scheme, "line", null, out entry, out rejection);

    /// <summary>Names a row in rejections: "'CR1' (line 3)", or "line 3" when it has no id; <paramref name="place"/> is the
    /// word before the row's number ("line" in a file, "record" for a draft).</summary>
    public static string NameOf(RegisterRow row, string place) => string.IsNullOrWhiteSpace(row.Id)
        ? string.Format(CultureInfo.InvariantCulture, "{0} {1}", place, row.Line)
        : string.Format(CultureInfo.InvariantCulture, "{0} ({1} {2})", Quoting.Value(row.Id!.Trim()), place, row.Line);

    /// <summary>Validates a row, named by <see cref="NameOf"/> with <paramref name="place"/> in a rejection (the name is made
    /// only then: a bulk run of valid rows builds no string per row); <paramref name="types"/>, when given, are the risk
    /// types already split (a draft's), instead of the row's risk type cell.</summary>
    public static bool TryValidate(RegisterRow row, Quarter quarter, int position, IdentifierScheme scheme, string place, IReadOnlyList<string>? types,
        out RegisterEntry? entry, out Rejection? rejection)
    {
        entry = null;
        if (!scheme.TryRead(row.Id, row.Kind, out var id, out var field, out var idError))
        {
            rejection = new Rejection(NameOf(row, place), field, field == RejectionField.Id ? row.Id : row.Kind, idError);
            return false;
        }

        if (string.IsNullOrWhiteSpace(row.Description))
        {
            rejection = new Rejection(NameOf(row, place), RejectionField.Description, row.Description, "the description is empty; every entry needs its title as printed.");
            return false;
        }

        if (!Assessment.TryParse(row.Inherent, id.Kind, out var inherent, out var inherentError))
        {
            rejection = new Rejection(NameOf(row, place), RejectionField.Inherent, row.Inherent, inherentError);
            return false;
        }

        Assessment? residual = null;
        if (!string.IsNullOrWhiteSpace(row.Residual) && !Assessment.TryParse(row.Residual, id.Kind, out residual, out var residualError))
        {
            rejection = new Rejection(NameOf(row, place), RejectionField.Residual, row.Residual, residualError);
            return false;
        }

        Assessment? target = null;
        if (!string.IsNullOrWhiteSpace(row.Target) && !Assessment.TryParse(row.Target, id.Kind, out target, out var targetError))
        {
            rejection = new Rejection(NameOf(row, place), RejectionField.Target, row.Target, targetError);
            return false;
        }

        entry = new RegisterEntry(id, quarter, row.Description!.Trim(), inherent, residual, StatedDirection.Parse(row.DirectionOfTravel),
            types ?? SplitTypes(row.RiskType), row.Owner?.Trim(), position, row.Source, target);
        rejection = null;
        return true;
    }

    private static IReadOnlyList<string> SplitTypes(string? cell)
    {
        if (string.IsNullOrWhiteSpace(cell))
        {
            return Array.Empty<string>();
        }

        if (cell!.IndexOfAny(TypeSeparators) < 0)
        {
            // The common cell, one type ("Economic"): no split array and no list for it.
            return new[] { cell.Trim() };
        }

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
