using System.ComponentModel;
using Cpor.Rules.Domain;
using Microsoft.Extensions.Configuration;

namespace Cpor.Rules.Tests.Domain;

/// <summary>Identifiers bind from configuration and convert through TypeDescriptor without glue (issue #15 item 8).</summary>
public sealed class IdentifierBindingTests
{
    public sealed class Watch
    {
        public TenantId Tenant { get; set; }

        public SubscriptionId Subscription { get; set; }

        public PartnerId Partner { get; set; }

        public ClaimId Claim { get; set; }

        public CustomerDomain Domain { get; set; }
    }

    [Fact]
    public void Get_ConfigurationSection_BindsEveryIdentifier()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Watch:Tenant"] = "11111111-1111-4111-8111-111111111111",
            ["Watch:Subscription"] = "AAAAAAAA-0000-4000-8000-000000000001",
            ["Watch:Partner"] = "4412345",
            ["Watch:Claim"] = "C-1001",
            ["Watch:Domain"] = "Contoso.com",
        }).Build();

        var watch = configuration.GetSection("Watch").Get<Watch>()!;

        Assert.Equal(TenantId.Parse("11111111-1111-4111-8111-111111111111"), watch.Tenant);
        Assert.Equal(SubscriptionId.Parse("aaaaaaaa-0000-4000-8000-000000000001"), watch.Subscription);
        Assert.Equal(PartnerId.Parse("4412345"), watch.Partner);
        Assert.Equal(ClaimId.Parse("C-1001"), watch.Claim);
        Assert.Equal(CustomerDomain.Parse("contoso.com"), watch.Domain);
    }

    [Fact]
    public void Get_NotAnIdentifier_FailsNamingTheKey()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Watch:Tenant"] = "not-a-guid" }).Build();

        var error = Assert.Throws<InvalidOperationException>(() => configuration.GetSection("Watch").Get<Watch>());

        Assert.Contains("Watch:Tenant", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TypeDescriptor_Converter_ConvertsBothWays()
    {
        var converter = TypeDescriptor.GetConverter(typeof(PartnerId));

        Assert.Equal(PartnerId.Parse("4412345"), converter.ConvertFromInvariantString("4412345"));
        Assert.Equal("4412345", converter.ConvertToInvariantString(PartnerId.Parse("4412345")));
        Assert.True(converter.CanConvertFrom(typeof(string)));
        Assert.False(converter.CanConvertFrom(typeof(int)));
    }
}
