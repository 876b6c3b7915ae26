using System.Collections.Generic;
using System.Globalization;

namespace Lancs.Scoring.Risk;

/// <summary>The checks a row gets that an entry built in code can still fail: it is missing, of another quarter, has a
/// blank description, or has an id or kind the policy's identifier scheme does not accept.</summary>
internal static class RegisterEntryChecks
{
    public static List<RegisterEntry> Accept(IEnumerable<RegisterEntry?> entries, Quarter quarter, IdentifierScheme identifiers, List<Rejection> rejections, string label)
    {
        // Sized once from the caller's count when it has one: a million entries grown by doubling would leave about twice
        // the list's size behind as garbage.
        var accepted = entries is IReadOnlyCollection<RegisterEntry?> sized ? new List<RegisterEntry>(sized.Count) : new List<RegisterEntry>();
        var position = 0;
        foreach (var entry in entries)
        {
            position++;
            if (Check(entry, position, quarter, identifiers) is { } rejection)
            {
                rejections.Add(new Rejection(label + rejection.Entry, rejection.Field, rejection.AttemptedValue, rejection.Reason));
            }
            else
            {
                accepted.Add(entry!);
            }
        }

        return accepted;
    }

    private static Rejection? Check(RegisterEntry? entry, int position, Quarter quarter, IdentifierScheme identifiers)
    {
        if (entry is null)
        {
            return new Rejection(string.Format(CultureInfo.InvariantCulture, "entry {0}", position), RejectionField.Entry, null, "the entry is missing (null).");
        }

        // The entry's name is made only for a rejection: a bulk run of valid entries builds no string per entry.
        string Name() => string.Format(CultureInfo.InvariantCulture, "{0} (entry {1})", Quoting.Value(entry.Id.Raw.Trim()), position);
        if (!entry.Quarter.Equals(quarter))
        {
            return new Rejection(Name(), RejectionField.Quarter, entry.Quarter.ToString(),
                $"the entry belongs to {entry.Quarter}, not to the register of {quarter}; give each register its own quarter's entries.");
        }

        if (string.IsNullOrWhiteSpace(entry.Description))
        {
            return new Rejection(Name(), RejectionField.Description, entry.Description, "the description is empty; every entry needs its title as printed.");
        }

        // An id read under the published scheme (EntryId.Parse) passes it by construction; under a council's own pattern,
        // or with the kind from a column, the entry's id and kind are read again as the scheme would read a row.
        if (!identifiers.IsPublished && !identifiers.Accepts(entry.Id.Raw, entry.Kind.Name, out var field, out var error))
        {
            return new Rejection(Name(), field, field == RejectionField.Id ? entry.Id.Raw : entry.Kind.Name, error);
        }

        return null;
    }
}
