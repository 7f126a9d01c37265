using Cpor.Rules.Domain;

namespace Cpor.Rules.Tests.Domain;

public sealed class SubscriptionTests
{
    [Fact]
    public void Constructor_Valid_KeepsEveryValue()
    {
        var subscription = new Subscription(Samples.Subscription, Samples.Tenant, Samples.Product, isDynamics: true, PurchaseChannel.WebDirect, SubscriptionState.InGrace);

        Assert.Equal(Samples.Subscription, subscription.Id);
        Assert.Equal(Samples.Tenant, subscription.TenantId);
        Assert.Equal(Samples.Product, subscription.Product);
        Assert.True(subscription.IsDynamics);
        Assert.Same(PurchaseChannel.WebDirect, subscription.Channel);
        Assert.Same(SubscriptionState.InGrace, subscription.State);
    }

    [Fact]
    public void Constructor_DefaultId_ThrowsArgumentExceptionNamingId()
        => Assert.Equal("id", Assert.Throws<ArgumentException>(() => new Subscription(default, Samples.Tenant, Samples.Product, true, PurchaseChannel.Csp, SubscriptionState.Active)).ParamName);

    [Fact]
    public void Constructor_DefaultTenant_ThrowsArgumentExceptionNamingTenantId()
        => Assert.Equal("tenantId", Assert.Throws<ArgumentException>(() => new Subscription(Samples.Subscription, default, Samples.Product, true, PurchaseChannel.Csp, SubscriptionState.Active)).ParamName);

    [Fact]
    public void Constructor_NullProduct_ThrowsArgumentNullExceptionNamingProduct()
        => Assert.Equal("product", Assert.Throws<ArgumentNullException>(() => new Subscription(Samples.Subscription, Samples.Tenant, null!, true, PurchaseChannel.Csp, SubscriptionState.Active)).ParamName);

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    public void Constructor_BlankProduct_ThrowsArgumentExceptionNamingProduct(string product)
        => Assert.Equal("product", Assert.Throws<ArgumentException>(() => new Subscription(Samples.Subscription, Samples.Tenant, product, true, PurchaseChannel.Csp, SubscriptionState.Active)).ParamName);

    [Fact]
    public void Constructor_NullChannel_ThrowsArgumentNullExceptionNamingChannel()
        => Assert.Equal("channel", Assert.Throws<ArgumentNullException>(() => new Subscription(Samples.Subscription, Samples.Tenant, Samples.Product, true, null!, SubscriptionState.Active)).ParamName);

    [Fact]
    public void Constructor_NullState_ThrowsArgumentNullExceptionNamingState()
        => Assert.Equal("state", Assert.Throws<ArgumentNullException>(() => new Subscription(Samples.Subscription, Samples.Tenant, Samples.Product, true, PurchaseChannel.Csp, null!)).ParamName);

    [Fact]
    public void Equals_SameValues_IsTrue()
    {
        var left = new Subscription(Samples.Subscription, Samples.Tenant, Samples.Product, true, PurchaseChannel.VolumeLicensing, SubscriptionState.Active);
        var right = new Subscription(Samples.Subscription, Samples.Tenant, Samples.Product, true, PurchaseChannel.VolumeLicensing, SubscriptionState.Active);

        Assert.Equal(left, right);
        Assert.Equal(left.GetHashCode(), right.GetHashCode());
        Assert.NotEqual(left, new Subscription(Samples.Subscription, Samples.Tenant, Samples.Product, true, PurchaseChannel.VolumeLicensing, SubscriptionState.Pending));
    }
}
