using Cpor.Rules.Arbitration;
using Cpor.Rules.Domain;
using Cpor.Rules.Engine;

namespace Cpor.Rules.Tests.DependencyInjection;

/// <summary>A service a custom rule depends on: the tenants under sanctions review.</summary>
internal sealed class SanctionsList(params TenantId[] tenants)
{
    public bool Contains(TenantId tenant) => tenants.Contains(tenant);
}

/// <summary>A company policy rule with a constructor dependency, as a service would write one.</summary>
internal sealed class SanctionedCustomerRule(SanctionsList sanctions) : Rule
{
    public static readonly FindingCode Code = FindingCode.Custom(
        "SanctionedCustomer",
        FindingCode.FirstCustomValue,
        "ACME-001",
        Severity.Blocking,
        new FindingText("Sanctioned customer", "The customer is under sanctions review.", "Do not claim this customer until the review ends."));

    public override RuleMetadata Metadata { get; } = new("ACME-001", "SanctionedCustomer");

    public override void Define(RuleBuilder rule)
        => rule.Match<Claim>(c => c.TenantId is { } tenant && sanctions.Contains(tenant))
            .Yield(c => new Finding(Code, c));
}

/// <summary>A rule that reuses a catalogue id: the rule set cannot be compiled with it.</summary>
internal sealed class ReusedIdRule : Rule
{
    public override RuleMetadata Metadata { get; } = new("CPOR-002", "Impostor");

    public override void Define(RuleBuilder rule)
        => rule.Match<Claim>().Yield(c => new Finding(FindingCode.DomainTenantMismatch, c));
}

/// <summary>A defective rule: its condition throws on every claim.</summary>
internal sealed class ThrowingRule : Rule
{
    public override RuleMetadata Metadata { get; } = new("ACME-666", "Defective");

    public override void Define(RuleBuilder rule)
        => rule.Match<Claim>(_ => throw new InvalidOperationException("defect")).Yield(c => new Finding(SanctionedCustomerRule.Code, c));
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
