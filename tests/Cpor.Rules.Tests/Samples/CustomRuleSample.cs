using Cpor.Rules.Domain;
using Cpor.Rules.Eligibility;
using Cpor.Rules.Evaluation;
using NRules.Fluent.Dsl;

// This file is the README sample, verbatim; ReadmeSampleTests checks that they stay equal.
namespace Cpor.Rules.Tests.Samples;

[Name("ACME-001"), Description("Company policy: no claims for a sanctioned customer tenant.")]
public sealed class SanctionedTenantRule(TenantId sanctioned) : Rule
{
    public static readonly FindingCode Sanctioned = FindingCode.Custom(
        "SanctionedCustomer", 1000, "ACME-001", Severity.Blocking,
        new FindingText("Sanctioned customer", "Company policy forbids claims for this customer.", "Contact compliance."),
        new FindingText("제재 대상 고객", "회사 정책상 이 고객에 대한 클레임은 허용되지 않습니다.", "컴플라이언스 팀에 문의하십시오."));

    public override void Define()
    {
        ClaimFact claim = null!;   // one fact per claim, with its tenant and partner already looked up

        When().Match(() => claim, c => c.Claim.TenantId == sanctioned);
        Then().Do(_ => claim.Report(Sanctioned, null));
    }
}

public static class CustomRuleSample
{
    public static ClaimDecision Decide(Claim claim, FactSnapshot facts, TenantId sanctioned)
    {
        var rules = CporRuleSet.Create(additionalRules: [new SanctionedTenantRule(sanctioned)]);
        return rules.Evaluate(claim, facts);   // Rejected, with the SanctionedCustomer finding among the others
    }
}
