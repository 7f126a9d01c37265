using Cpor.Rules.Arbitration;
using Cpor.Rules.Domain;
using Cpor.Rules.Eligibility;
using NRules.Fluent.Dsl;

namespace Cpor.Rules.Tests.DependencyInjection;

/// <summary>A service a custom rule depends on: the tenants under sanctions review.</summary>
internal sealed class SanctionsList(params TenantId[] tenants)
{
    public bool Contains(TenantId tenant) => tenants.Contains(tenant);
}

/// <summary>A company policy rule with a constructor dependency, as a service would write one.</summary>
[Name("ACME-001")]
internal sealed class SanctionedCustomerRule(SanctionsList sanctions) : Rule
{
    public static readonly FindingCode Code = FindingCode.Custom(
        "SanctionedCustomer",
        FindingCode.FirstCustomValue,
        "ACME-001",
        Severity.Blocking,
        new FindingText("Sanctioned customer", "The customer is under sanctions review.", "Do not claim this customer until the review ends."));

    public override void Define()
    {
        ClaimFact claim = null!;
        When().Match(() => claim, c => c.Claim.TenantId != null && sanctions.Contains(c.Claim.TenantId.Value));
        Then().Do(_ => claim.Report(Code, null));
    }
}

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

/// <summary>Breaks ties the default policy leaves: the lower partner ID ranks above.</summary>
internal sealed class LowestPartnerIdRanking : IRankingRule
{
    public string Name => "LowestPartnerId";

    public int Compare(Contender x, Contender y) => y.PartnerId.CompareTo(x.PartnerId);
}

/// <summary>A ranking rule that takes the name of a default one.</summary>
internal sealed class ImpostorRanking : IRankingRule
{
    public string Name => RankingRules.PoeRecency.Name;

    public int Compare(Contender x, Contender y) => 0;
}
