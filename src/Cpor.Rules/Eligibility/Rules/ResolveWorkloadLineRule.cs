using Cpor.Rules.Domain;
using Cpor.Rules.Engine;

namespace Cpor.Rules.Eligibility.Rules;

/// <summary>CPOR-D02: resolves a Microsoft 365 line to its workload key, when the workload is present on the tenant.</summary>
internal sealed class ResolveWorkloadLineRule : Rule
{
    public override RuleMetadata Metadata { get; } = new("CPOR-D02", "ResolveWorkloadLine")
    {
        Description = "Resolves a Microsoft 365 line to the tenant's workload it claims.",
        Basis = "overview",
        Tags = ["derivation", "line"],
    };

    public override void Define(RuleBuilder rule)
        => rule.Match<ClaimLine>(l => l.Claim.SolutionArea == SolutionArea.Microsoft365 && l.Claim.TenantId is not null)
            .Join(CporIndexes.TenantsById, l => l.Claim.TenantId!.Value)
            .Yield((line, tenant) => tenant.HasWorkload(line.Product)
                ? new ResolvedLine(line, LineResolution.Resolved, AssociationKey.ForWorkload(tenant.Id, line.Product), null)
                : new ResolvedLine(line, LineResolution.ProductNotInTenant, null, null));
}
