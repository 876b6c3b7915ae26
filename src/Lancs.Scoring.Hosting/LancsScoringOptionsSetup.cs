using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using Lancs.Scoring.Complaints;
using Lancs.Scoring.Json;
using Lancs.Scoring.Kpi;
using Lancs.Scoring.Engine;
using Lancs.Scoring.Risk;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Lancs.Scoring.Hosting;

/// <summary>Binds <see cref="LancsScoringOptions"/> from a configuration section: "Policy" through
/// <see cref="ScoringPolicy.FromJson"/>, "Runtime" and "PartitionSize" directly; every problem is kept, naming its key.</summary>
internal sealed class LancsScoringOptionsSetup : IConfigureOptions<LancsScoringOptions>
{
    private readonly IConfiguration _section;
    private readonly string _path;

    public LancsScoringOptionsSetup(IConfiguration configuration, string sectionPath)
    {
        _section = configuration.GetSection(sectionPath);
        _path = sectionPath;
    }

    /// <summary>Reads the definition file a key names, keeping every problem, each naming the key and the file's field.</summary>
    private T? Definition<T>(string key, Func<string, T> read, List<string> problems)
        where T : class
    {
        if (_section[key] is not { } path || path.Trim().Length == 0)
        {
            return null;
        }

        try
        {
            return read(File.ReadAllText(path.Trim()));
        }
        catch (DefinitionException ex)
        {
            foreach (var problem in ex.Problems)
            {
                problems.Add($"{_path}:{key} ({path.Trim()}): {problem}");
            }
        }
        catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException || ex is ArgumentException || ex is NotSupportedException)
        {
            problems.Add($"{_path}:{key}: '{path.Trim()}' cannot be read: {ex.Message}");
        }

        return null;
    }

    public void Configure(LancsScoringOptions options)
    {
        var problems = new List<string>();
        var policy = _section.GetSection("Policy");
        if (policy.Exists())
        {
            try
            {
                options.Policy = ScoringPolicy.FromJson(ConfigurationJson.Write(policy));
            }
            catch (PolicyException ex)
            {
                foreach (var problem in ex.Problems)
                {
                    problems.Add($"{_path}:Policy: {problem}");
                }
            }
        }

        if (_section["Runtime"] is { } runtime)
        {
            if (Enum.TryParse<RuleRuntime>(runtime.Trim(), ignoreCase: true, out var parsed) && Enum.IsDefined(typeof(RuleRuntime), parsed)
                && !int.TryParse(runtime.Trim(), out _))
            {
                options.Runtime = parsed;
            }
            else
            {
                problems.Add($"{_path}:Runtime: '{runtime}' is not Batch or NRules.");
            }
        }

        if (_section["PartitionSize"] is { } size)
        {
            if (int.TryParse(size.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) && parsed >= 1)
            {
                options.PartitionSize = parsed;
            }
            else
            {
                problems.Add($"{_path}:PartitionSize: '{size}' is not a whole number of entries of 1 or more, such as 100000.");
            }
        }

        options.KpiCatalogue = Definition("KpiCatalogueFile", KpiCatalogue.FromJson, problems) ?? options.KpiCatalogue;
        options.OutcomeGrouping = Definition("OutcomeGroupingFile", OutcomeGrouping.FromJson, problems) ?? options.OutcomeGrouping;
        options.Problems = problems;
    }
}
