using Cpor.Rules.Arbitration;
using Cpor.Rules.Domain;
using Cpor.Rules.Eligibility;
using Cpor.Rules.Tests.Samples;
using NRules.Fluent.Dsl;

// The rules of the README's service sample (SanctionsList, SanctionedCustomerRule, LowestPartnerIdRanking) serve
// these tests too; here are only the defective ones.
namespace Cpor.Rules.Tests.DependencyInjection;

/// <summary>A rule that reuses a catalogue id: the rule set cannot be compiled with it.</summary>
[Name("CPOR-002")]
internal sealed class ReusedIdRule : Rule
{
    public override void Define()
    {
        ClaimFact claim = null!;
        When().Match(() => claim);
        Then().Do(_ => claim.Report(FindingCode.DomainTenantMismatch, null));
    }
}

/// <summary>A defective rule: its condition throws on every claim.</summary>
[Name("ACME-666")]
internal sealed class ThrowingRule : Rule
{
    public override void Define()
    {
        ClaimFact claim = null!;
        When().Match(() => claim, c => Defect(c));
        Then().Do(_ => claim.Report(SanctionedCustomerRule.Code, null));
    }

    private static bool Defect(ClaimFact claim) => throw new InvalidOperationException("defect");
}

/// <summary>A ranking rule that takes the name of a default one.</summary>
internal sealed class ImpostorRanking : IRankingRule
{
    public string Name => RankingRules.PoeRecency.Name;

    public int Compare(Contender x, Contender y) => 0;
}
