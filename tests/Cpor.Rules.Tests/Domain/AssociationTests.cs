using Cpor.Rules.Domain;

namespace Cpor.Rules.Tests.Domain;

public sealed class AssociationTests
{
    private static readonly DateOnly ApprovedOn = new(2020, 3, 1);
    private static readonly DateOnly PoeOn = new(2020, 2, 20);

    private static Association BusinessApplications(SubscriptionId? subscriptionId, string? workload = null)
        => new(Samples.Partner, Samples.Tenant, SolutionArea.BusinessApplications, subscriptionId, workload, Activity.Usage, ApprovedOn, PoeOn);

    private static Association Microsoft365(string? workload, SubscriptionId? subscriptionId = null)
        => new(Samples.Partner, Samples.Tenant, SolutionArea.Microsoft365, subscriptionId, workload, Activity.Usage, ApprovedOn, PoeOn);

    [Fact]
    public void Constructor_BusinessApplications_IsKeyedOnTheSubscription()
    {
        var association = BusinessApplications(Samples.Subscription, workload: "Teams");

        Assert.Equal(AssociationKey.ForSubscription(Samples.Tenant, Samples.Subscription), association.Key);
        Assert.Null(association.Key.Workload);
        Assert.Equal(Samples.Tenant, association.TenantId);
        Assert.Equal(Samples.Partner, association.PartnerId);
        Assert.Same(SolutionArea.BusinessApplications, association.SolutionArea);
        Assert.Same(Activity.Usage, association.Activity);
        Assert.Equal(ApprovedOn, association.ApprovedOn);
        Assert.Equal(PoeOn, association.PoeAcknowledgedOn);
    }

    [Fact]
    public void Constructor_Microsoft365_IsKeyedOnTheWorkload()
    {
        var association = Microsoft365("Teams", subscriptionId: Samples.Subscription);

        Assert.Equal(AssociationKey.ForWorkload(Samples.Tenant, "teams"), association.Key);
        Assert.Null(association.Key.SubscriptionId);
        Assert.Equal(Samples.Tenant, association.TenantId);
    }

    [Fact]
    public void Constructor_BusinessApplicationsWithoutSubscription_ThrowsArgumentExceptionNamingSubscriptionId()
        => Assert.Equal("subscriptionId", Assert.Throws<ArgumentException>(() => BusinessApplications(null, workload: "Teams")).ParamName);

    [Fact]
    public void Constructor_BusinessApplicationsWithDefaultSubscription_ThrowsArgumentExceptionNamingSubscriptionId()
        => Assert.Equal("subscriptionId", Assert.Throws<ArgumentException>(() => BusinessApplications(default(SubscriptionId))).ParamName);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" ")]
    public void Constructor_Microsoft365WithoutWorkload_ThrowsArgumentExceptionNamingWorkload(string? workload)
        => Assert.Equal("workload", Assert.Throws<ArgumentException>(() => Microsoft365(workload, Samples.Subscription)).ParamName);

    [Fact]
    public void Constructor_DefaultPartner_ThrowsArgumentExceptionNamingPartnerId()
        => Assert.Equal(
            "partnerId",
            Assert.Throws<ArgumentException>(() => new Association(default, Samples.Tenant, SolutionArea.Microsoft365, null, "Teams", Activity.Usage, ApprovedOn, PoeOn)).ParamName);

    [Theory]
    [InlineData("BusinessApplications")]
    [InlineData("Microsoft365")]
    public void Constructor_DefaultTenant_ThrowsArgumentExceptionNamingTenantId(string area)
        => Assert.Equal(
            "tenantId",
            Assert.Throws<ArgumentException>(() => new Association(Samples.Partner, default, SolutionArea.Parse(area), Samples.Subscription, "Teams", Activity.Usage, ApprovedOn, PoeOn)).ParamName);

    [Fact]
    public void Constructor_NullSolutionArea_ThrowsArgumentNullExceptionNamingSolutionArea()
        => Assert.Equal(
            "solutionArea",
            Assert.Throws<ArgumentNullException>(() => new Association(Samples.Partner, Samples.Tenant, null!, Samples.Subscription, "Teams", Activity.Usage, ApprovedOn, PoeOn)).ParamName);

    [Fact]
    public void Constructor_NullActivity_ThrowsArgumentNullExceptionNamingActivity()
        => Assert.Equal(
            "activity",
            Assert.Throws<ArgumentNullException>(() => new Association(Samples.Partner, Samples.Tenant, SolutionArea.Microsoft365, null, "Teams", null!, ApprovedOn, PoeOn)).ParamName);

    [Fact]
    public void Equals_SameFacts_IsTrue()
    {
        Assert.Equal(Microsoft365("Teams"), Microsoft365("TEAMS"));
        Assert.Equal(Microsoft365("Teams").GetHashCode(), Microsoft365("TEAMS").GetHashCode());
        Assert.NotEqual(Microsoft365("Teams"), Microsoft365("Exchange"));
    }
}
