using Cpor.Rules.Domain;

namespace Cpor.Rules.Tests.Domain;

public sealed class CustomerTenantTests
{
    private static CustomerTenant Tenant(params string[] workloads)
        => new(Samples.Tenant, [Samples.Domain, CustomerDomain.Parse("contoso.com")], workloads);

    [Fact]
    public void Constructor_Valid_KeepsIdDomainsAndWorkloads()
    {
        var tenant = Tenant("Teams", "Exchange");

        Assert.Equal(Samples.Tenant, tenant.Id);
        Assert.Equal([Samples.Domain, CustomerDomain.Parse("contoso.com")], tenant.Domains);
        Assert.Equal(["Teams", "Exchange"], tenant.Workloads);
    }

    [Fact]
    public void Constructor_NoWorkloads_IsAccepted()
        => Assert.Empty(Tenant().Workloads);

    [Fact]
    public void Constructor_DefaultId_ThrowsArgumentExceptionNamingId()
        => Assert.Equal("id", Assert.Throws<ArgumentException>(() => new CustomerTenant(default, [Samples.Domain], [])).ParamName);

    [Fact]
    public void Constructor_NullDomains_ThrowsArgumentNullExceptionNamingDomains()
        => Assert.Equal("domains", Assert.Throws<ArgumentNullException>(() => new CustomerTenant(Samples.Tenant, null!, [])).ParamName);

    [Fact]
    public void Constructor_DefaultDomain_ThrowsArgumentExceptionNamingDomains()
        => Assert.Equal("domains", Assert.Throws<ArgumentException>(() => new CustomerTenant(Samples.Tenant, [Samples.Domain, default], [])).ParamName);

    [Fact]
    public void Constructor_NullWorkloads_ThrowsArgumentNullExceptionNamingWorkloads()
        => Assert.Equal("workloads", Assert.Throws<ArgumentNullException>(() => new CustomerTenant(Samples.Tenant, [Samples.Domain], null!)).ParamName);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" ")]
    public void Constructor_BlankWorkload_ThrowsArgumentExceptionNamingWorkloads(string? workload)
        => Assert.Equal("workloads", Assert.Throws<ArgumentException>(() => new CustomerTenant(Samples.Tenant, [Samples.Domain], ["Teams", workload!])).ParamName);

    [Fact]
    public void Constructor_CopiesTheLists()
    {
        var domains = new List<CustomerDomain> { Samples.Domain };
        var workloads = new List<string> { "Teams" };
        var tenant = new CustomerTenant(Samples.Tenant, domains, workloads);

        domains.Add(CustomerDomain.Parse("fabrikam.com"));
        workloads.Add("Exchange");

        Assert.Single(tenant.Domains);
        Assert.Single(tenant.Workloads);
        Assert.False(tenant.HasWorkload("Exchange"));
    }

    [Theory]
    [InlineData("contoso.onmicrosoft.com", true)]
    [InlineData("CONTOSO.OnMicrosoft.com", true)]
    [InlineData("Contoso.COM", true)]
    [InlineData("fabrikam.com", false)]
    [InlineData("onmicrosoft.com", false)]
    public void HasDomain_IgnoresLetterCase(string domain, bool expected)
        => Assert.Equal(expected, Tenant().HasDomain(CustomerDomain.Parse(domain)));

    [Fact]
    public void HasDomain_Default_IsFalse()
        => Assert.False(Tenant().HasDomain(default));

    [Theory]
    [InlineData("Teams", true)]
    [InlineData("teams", true)]
    [InlineData("TEAMS", true)]
    [InlineData("Exchange", false)]
    [InlineData("Team", false)]
    [InlineData("", false)]
    public void HasWorkload_IgnoresLetterCase(string workload, bool expected)
        => Assert.Equal(expected, Tenant("Teams", "SharePoint").HasWorkload(workload));
}
