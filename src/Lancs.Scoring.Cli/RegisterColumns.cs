using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace Lancs.Scoring.Cli;

/// <summary>Which header names a register's columns go by: the tool's own (<c>id</c>, <c>inherent</c>, ...), the usual
/// headings of council registers ("Risk Identification Number", "Risk Score", "Residual Score", "Direction of Travel",
/// "Risk Owner"...), and those given with <c>--columns id="Ref No",inherent="Gross"</c>.</summary>
internal sealed class RegisterColumns
{
    /// <summary>The tool's column names, in the order of <c>data/registers/*.csv</c>.</summary>
    public static readonly string[] Names = { "id", "kind", "description", "risk_type", "owner", "inherent", "residual", "direction_of_travel", "source", "target" };

    private static readonly Dictionary<string, string[]> Aliases = new(StringComparer.Ordinal)
    {
        ["id"] = new[] { "Risk Identification Number", "Opportunity Identification Number", "Identification Number", "Risk ID", "Risk Id No", "Risk No", "Risk Number", "Risk Ref", "Reference", "Ref", "ID Number" },
        ["kind"] = new[] { "Kind", "Risk or Opportunity", "Entry Type" },
        ["description"] = new[] { "Risk Description", "Opportunity Description", "Risk/Opportunity Description", "Description", "Risk Title", "Title" },
        ["risk_type"] = new[] { "Risk Type", "Opportunity Type", "Risk Category", "Category", "Type" },
        ["owner"] = new[] { "Risk Owner", "Opportunity Owner", "Owner", "Lead Officer", "Responsible Officer" },
        ["inherent"] = new[] { "Risk Score", "Opportunity Score", "Inherent Score", "Inherent Risk Score", "Gross Score", "Gross Risk Score", "Original Score" },
        ["residual"] = new[] { "Residual Score", "Residual Risk Score", "Residual Opportunity Score", "Current Score", "Current Risk Score", "Net Score", "Net Risk Score" },
        ["direction_of_travel"] = new[] { "Direction of Travel", "Direction", "DoT", "Trend" },
        ["source"] = new[] { "Source", "Citation" },
        ["target"] = new[] { "Target Score", "Target Risk Score", "Target" },
    };

    private static readonly Regex Spaces = new(@"\s+", RegexOptions.CultureInvariant);

    private readonly Dictionary<string, string> _byHeader = new(StringComparer.OrdinalIgnoreCase);

    private RegisterColumns(IReadOnlyDictionary<string, string> given)
    {
        foreach (var name in Names)
        {
            _byHeader[name] = name;
            foreach (var alias in Aliases[name])
            {
                _byHeader[Normal(alias)] = name;
            }
        }

        foreach (var pair in given)
        {
            _byHeader[Normal(pair.Value)] = pair.Key;
        }
    }

    /// <summary>Gets the columns with the aliases only.</summary>
    public static RegisterColumns Default { get; } = new(new Dictionary<string, string>());

    /// <summary>Parses <c>--columns</c>: <c>name=Header</c> pairs separated by commas, each name one of <see cref="Names"/>.</summary>
    public static RegisterColumns Parse(string? text)
    {
        if (text is null)
        {
            return Default;
        }

        var given = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var part in text.Split(','))
        {
            var equals = part.IndexOf('=');
            var name = equals < 0 ? part.Trim() : part.Substring(0, equals).Trim().ToLowerInvariant();
            var header = equals < 0 ? string.Empty : part.Substring(equals + 1).Trim().Trim('"').Trim();
            if (equals < 0 || header.Length == 0)
            {
                throw new UsageException($"--columns '{Quoted.Clip(part)}' is not name=Header, as in: --columns id=\"Ref No\",inherent=Gross");
            }

            if (Array.IndexOf(Names, name) < 0)
            {
                throw new UsageException($"--columns: '{Quoted.Clip(name)}' is not a register column; the columns are {string.Join(", ", Names)}.");
            }

            if (!given.TryAdd(name, header))
            {
                throw new UsageException($"--columns: '{name}' is given more than once.");
            }
        }

        return new RegisterColumns(given);
    }

    /// <summary>Returns the tool's name for a header, or the header itself when it is none of them (an extra column).</summary>
    public string NameOf(string header) => _byHeader.TryGetValue(Normal(header), out var name) ? name : header;

    /// <summary>"id", or "id (Risk Identification Number)" when the file calls it otherwise.</summary>
    public static string Describe(string name, string header) =>
        string.Equals(name, header, StringComparison.OrdinalIgnoreCase) ? name : $"{name} ({header})";

    private static string Normal(string header) => Spaces.Replace(header.Trim(), " ");

    /// <summary>The columns the register must have.</summary>
    public static IReadOnlyList<string> Required { get; } = new[] { "id", "description", "inherent", "residual" };

    /// <summary>The headers a register may use for <paramref name="name"/>, for a message.</summary>
    public static string HeadersFor(string name) => string.Join(", ", new[] { name }.Concat(Aliases[name].Take(3)).Select(h => "'" + h + "'"));
}
