using Cpor.Rules.Domain;
using NRules.Fluent.Dsl;

namespace Cpor.Rules.Benchmarks.Naive;

// The snapshot checks CPOR-001, 002, 005 and 006 written the way NRules' samples write joins: raw claims, tenants and
// partners in one session, related by conditions. NRules pairs every claim with every tenant (nested loops), so the
// cost grows with claims x tenants. This is what the library's design avoids; it is never shipped.

/// <summary>CPOR-001 as a join: no tenant has the claim's tenant ID.</summary>
[Name("NAIVE-001")]
public sealed class NaiveTenantNotFoundRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        Claim claim = null!;
        When()
            .Match(() => claim, c => c.TenantId != null)
            .Not<CustomerTenant>(t => t.Id == claim.TenantId);
        Then().Do(ctx => NaiveFindings.Add(claim, FindingCode.TenantNotFound));
    }
}

/// <summary>CPOR-002 as a join: the claim's tenant does not have its domain.</summary>
[Name("NAIVE-002")]
public sealed class NaiveDomainTenantMismatchRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        Claim claim = null!;
        CustomerTenant tenant = null!;
        When()
            .Match(() => claim, c => c.TenantId != null && c.CustomerDomain != null)
            .Match(() => tenant, t => t.Id == claim.TenantId, t => !t.HasDomain(claim.CustomerDomain!.Value));
        Then().Do(ctx => NaiveFindings.Add(claim, FindingCode.DomainTenantMismatch));
    }
}

/// <summary>CPOR-005 as a join: no partner has the claim's partner ID.</summary>
[Name("NAIVE-005")]
public sealed class NaiveUnknownPartnerRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        Claim claim = null!;
        When()
            .Match(() => claim, c => c.PartnerId != null)
            .Not<Partner>(p => p.Id == claim.PartnerId);
        Then().Do(ctx => NaiveFindings.Add(claim, FindingCode.UnknownPartner));
    }
}

/// <summary>CPOR-006 as a join: the claim's partner is a global account.</summary>
[Name("NAIVE-006")]
public sealed class NaiveGlobalPartnerIdRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        Claim claim = null!;
        Partner partner = null!;
        When()
            .Match(() => claim, c => c.PartnerId != null)
            .Match(() => partner, p => p.Id == claim.PartnerId, p => !p.Account.MayClaim);
        Then().Do(ctx => NaiveFindings.Add(claim, FindingCode.GlobalPartnerId));
    }
}

/// <summary>Where the naive rules put their findings (one list per benchmark run).</summary>
public static class NaiveFindings
{
    [ThreadStatic]
    private static List<(Claim, FindingCode)>? _current;

    /// <summary>Starts collecting.</summary>
    public static List<(Claim, FindingCode)> Start() => _current = [];

    /// <summary>Records a finding.</summary>
    public static void Add(Claim claim, FindingCode code) => _current?.Add((claim, code));
}
