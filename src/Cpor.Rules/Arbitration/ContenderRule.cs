using Cpor.Rules.Domain;
using Cpor.Rules.Eligibility;
using Cpor.Rules.Engine;

namespace Cpor.Rules.Arbitration;

/// <summary>
/// CPOR-D03: a resolved line with no Blocking and no ActionRequired finding (its own or its claim's) is eligible and
/// becomes a contender for its key. Advisories do not matter. Runs after every rule that yields findings, including
/// consumers' custom rules, because it consumes findings.
/// </summary>
internal sealed class ContenderRule : Rule
{
    public override RuleMetadata Metadata { get; } = new("CPOR-D03", "EligibleContender")
    {
        Description = "An eligible line (no Blocking or ActionRequired finding on it or its claim) contends for its association key.",
        Basis = "seed, assumption",
        Tags = ["derivation", "arbitration"],
    };

    public override void Define(RuleBuilder rule)
        => rule.Match<ResolvedLine>(r => r.Key is not null && r.Line.Claim.PartnerId is not null && r.Line.Claim.ProofOfExecution?.CustomerAcknowledgedOn is not null)
            .Not(CporIndexes.FindingsByLine, r => r.Line, (_, finding) => Disqualifies(finding))
            .Not(CporIndexes.ClaimFindingsByClaim, r => r.Line.Claim, (_, finding) => Disqualifies(finding))
            .Yield(r => Contender.ForClaim(r.Line, r.Key!.Value));

    internal static bool Disqualifies(Finding finding)
        => finding.Severity == Severity.Blocking || finding.Severity == Severity.ActionRequired;
}
