namespace Cpor.Rules.Domain;

/// <summary>A customer's Microsoft Entra tenant, as the fact snapshot knows it: its domains and its Microsoft 365 workloads.</summary>
public sealed class CustomerTenant
{
    private readonly CustomerDomain[] _domains;
    private readonly string[] _workloads;

    /// <summary>Creates a tenant fact.</summary>
    /// <param name="id">The tenant ID.</param>
    /// <param name="domains">The tenant's domain names.</param>
    /// <param name="workloads">The Microsoft 365 workloads present on the tenant (for example <c>Teams</c>); may be empty.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> or a domain is the default value, or a workload name is blank.</exception>
    /// <exception cref="ArgumentNullException">A list is <see langword="null"/>.</exception>
    public CustomerTenant(TenantId id, IEnumerable<CustomerDomain> domains, IEnumerable<string> workloads)
    {
        Id = Guard.NotDefault(id);
        ArgumentNullException.ThrowIfNull(domains);
        _domains = domains.ToArray();
        foreach (var domain in _domains)
        {
            Guard.NotDefault(domain, nameof(domains));
        }

        _workloads = Guard.Names(workloads);
    }

    /// <summary>The tenant ID.</summary>
    public TenantId Id { get; }

    /// <summary>The tenant's domain names.</summary>
    public IReadOnlyList<CustomerDomain> Domains => _domains;

    /// <summary>The Microsoft 365 workloads present on the tenant.</summary>
    public IReadOnlyList<string> Workloads => _workloads;

    /// <summary>Whether <paramref name="domain"/> is one of the tenant's domains (letter case ignored).</summary>
    public bool HasDomain(CustomerDomain domain) => Array.IndexOf(_domains, domain) >= 0;

    /// <summary>Whether the workload is present on the tenant (letter case ignored).</summary>
    public bool HasWorkload(string workload) => Names.Contains(_workloads, workload);
}
