using System;
using System.Reflection;
using Lancs.Scoring.Engine;

namespace Lancs.Scoring.Risk.Rules;

/// <summary>The citation of a rule that applies the inclusion threshold: the paper for the published threshold, the policy
/// in force for any other, so that an explanation under a threshold of 15 never quotes "remains 12 or above".</summary>
internal static class ThresholdCitation
{
    public static string For(ScoringPolicy policy, Type rule) => policy.HasPublishedThreshold
        ? rule.GetCustomAttribute<PolicyAttribute>()!.Citation
        : string.Format(System.Globalization.CultureInfo.InvariantCulture, "'{0}': residual {1} or above keeps an entry on the {2}",
            policy.Name, policy.InclusionThreshold, policy.CorporateRegisterLabel);
}
