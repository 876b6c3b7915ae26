using System.Linq;
using Microsoft.Extensions.Options;

namespace Lancs.Scoring.Hosting;

/// <summary>Fails <see cref="LancsScoringOptions"/> with every problem binding found, one line each, naming its key and field.</summary>
internal sealed class LancsScoringOptionsValidator : IValidateOptions<LancsScoringOptions>
{
    public ValidateOptionsResult Validate(string? name, LancsScoringOptions options) =>
        options.Problems.Count == 0
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail("The Lancs.Scoring configuration is not valid:\n" + string.Join("\n", options.Problems.Select(p => "- " + p)));
}
