using Cpor.Rules.Domain;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Cpor.Rules.Tests.Domain;

public sealed class AssociationKeyTests
{
    [Fact]
    public void ForSubscription_Valid_HoldsTenantAndSubscriptionOnly()
    {
        var key = AssociationKey.ForSubscription(Samples.Tenant, Samples.Subscription);

        Assert.Equal(Samples.Tenant, key.TenantId);
        Assert.Equal(Samples.Subscription, key.SubscriptionId);
        Assert.Null(key.Workload);
        Assert.False(key.IsDefault);
    }

    [Fact]
    public void ForWorkload_Valid_HoldsTenantAndWorkloadOnly()
    {
        var key = AssociationKey.ForWorkload(Samples.Tenant, "Teams");

        Assert.Equal(Samples.Tenant, key.TenantId);
        Assert.Equal("Teams", key.Workload);
        Assert.Null(key.SubscriptionId);
        Assert.False(key.IsDefault);
    }

    [Fact]
    public void ForSubscription_DefaultTenant_ThrowsArgumentExceptionNamingTenantId()
        => Assert.Equal("tenantId", Assert.Throws<ArgumentException>(() => AssociationKey.ForSubscription(default, Samples.Subscription)).ParamName);

    [Fact]
    public void ForSubscription_DefaultSubscription_ThrowsArgumentExceptionNamingSubscriptionId()
        => Assert.Equal("subscriptionId", Assert.Throws<ArgumentException>(() => AssociationKey.ForSubscription(Samples.Tenant, default)).ParamName);

    [Fact]
    public void ForWorkload_DefaultTenant_ThrowsArgumentExceptionNamingTenantId()
        => Assert.Equal("tenantId", Assert.Throws<ArgumentException>(() => AssociationKey.ForWorkload(default, "Teams")).ParamName);

    [Fact]
    public void ForWorkload_NullWorkload_ThrowsArgumentNullExceptionNamingWorkload()
        => Assert.Equal("workload", Assert.Throws<ArgumentNullException>(() => AssociationKey.ForWorkload(Samples.Tenant, null!)).ParamName);

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("\t")]
    public void ForWorkload_BlankWorkload_ThrowsArgumentExceptionNamingWorkload(string workload)
        => Assert.Equal("workload", Assert.Throws<ArgumentException>(() => AssociationKey.ForWorkload(Samples.Tenant, workload)).ParamName);

    [Fact]
    public void Equals_WorkloadInOtherCase_IsTrueWithSameHash()
    {
        var left = AssociationKey.ForWorkload(Samples.Tenant, "Teams");
        var right = AssociationKey.ForWorkload(Samples.Tenant, "TEAMS");

        Assert.True(left == right);
        Assert.False(left != right);
        Assert.True(left.Equals((object)right));
        Assert.Equal(left.GetHashCode(), right.GetHashCode());
    }

    [Fact]
    public void Equals_OtherTenantOrWorkloadOrSubscription_IsFalse()
    {
        var key = AssociationKey.ForWorkload(Samples.Tenant, "Teams");

        Assert.NotEqual(key, AssociationKey.ForWorkload(Samples.OtherTenant, "Teams"));
        Assert.NotEqual(key, AssociationKey.ForWorkload(Samples.Tenant, "Exchange"));
        Assert.NotEqual(
            AssociationKey.ForSubscription(Samples.Tenant, Samples.Subscription),
            AssociationKey.ForSubscription(Samples.Tenant, Samples.OtherSubscription));
        Assert.NotEqual(
            AssociationKey.ForSubscription(Samples.Tenant, Samples.Subscription),
            AssociationKey.ForSubscription(Samples.OtherTenant, Samples.Subscription));
    }

    [Fact]
    public void Equals_SubscriptionKeyAndWorkloadKey_AreNeverEqual()
    {
        var bySubscription = AssociationKey.ForSubscription(Samples.Tenant, Samples.Subscription);
        var byWorkload = AssociationKey.ForWorkload(Samples.Tenant, Samples.SubscriptionText);

        Assert.False(bySubscription == byWorkload);
        Assert.True(bySubscription != byWorkload);
        Assert.False(bySubscription.Equals((object)byWorkload));
    }

    [Fact]
    public void Equals_OtherType_IsFalse()
        => Assert.False(AssociationKey.ForWorkload(Samples.Tenant, "Teams").Equals("Teams"));

    [Fact]
    public void Default_IsDefaultAndEqualsOnlyDefault()
    {
        AssociationKey key = default;

        Assert.True(key.IsDefault);
        Assert.True(key == default);
        Assert.NotEqual(AssociationKey.ForWorkload(Samples.Tenant, "Teams"), key);
    }

    [Fact]
    public void ToString_LongWorkloadWithControlCharacter_EchoedCutAndEscaped()
    {
        // Keys are named in finding details (CPOR-015, CPOR-026): a workload from the input is echoed as values are.
        var text = AssociationKey.ForWorkload(Samples.Tenant, "\u001b" + new string('W', 300)).ToString();

        Assert.Equal($"tenant {Samples.TenantText}/workload \\u001B{new string('W', 63)}…", text);
    }

    [Fact]
    public void ToString_NamesTenantAndSubscriptionOrWorkload()
    {
        Assert.Equal(
            $"tenant {Samples.TenantText}/subscription {Samples.SubscriptionText}",
            AssociationKey.ForSubscription(Samples.Tenant, Samples.Subscription).ToString());
        Assert.Equal($"tenant {Samples.TenantText}/workload Teams", AssociationKey.ForWorkload(Samples.Tenant, "Teams").ToString());
    }

    [Property(Arbitrary = new[] { typeof(Arbitraries) })]
    public bool Equals_WorkloadCaseVariants_AreEqualWithSameHash(WorkloadVariants workload)
    {
        var left = AssociationKey.ForWorkload(Samples.Tenant, workload.Left);
        var right = AssociationKey.ForWorkload(Samples.Tenant, workload.Right);
        return left == right && left.GetHashCode() == right.GetHashCode();
    }

    [Property(Arbitrary = new[] { typeof(Arbitraries) })]
    public bool Equals_IsSymmetricAndHashAgrees(AssociationKey left, AssociationKey right)
        => left.Equals(right) == right.Equals(left)
           && (left == right) == !(left != right)
           && (!left.Equals(right) || left.GetHashCode() == right.GetHashCode());

    [Property(Arbitrary = new[] { typeof(Arbitraries) })]
    public bool Equals_IsReflexive(AssociationKey key)
    {
        var copy = key;
        return key.Equals(copy) && key == copy;
    }

    /// <summary>One workload name written twice, each time with its letters in random case.</summary>
    public sealed record WorkloadVariants(string Left, string Right);

    public static class Arbitraries
    {
        // Printable ASCII only: outside it, upper-casing then lower-casing a letter can give a different letter
        // (the Kelvin sign becomes 'k'), which is a different name, not the same name in another case.
        private static readonly Gen<string> Workloads = Gen.OneOf(
            Gen.Elements("Teams", "Exchange", "SharePoint", "OneDrive", "Intune"),
            Gen.Choose(0x20, 0x7e).Select(c => (char)c).NonEmptyListOf()
                .Select(chars => new string([.. chars]))
                .Where(s => !string.IsNullOrWhiteSpace(s)));

        public static Arbitrary<WorkloadVariants> WorkloadVariantPairs()
            => (from workload in Workloads
                from left in Generators.RandomCase(workload)
                from right in Generators.RandomCase(workload)
                select new WorkloadVariants(left, right))
                .ToArbitrary();

        /// <summary>Subscription and workload keys over two tenants, two subscriptions and a few workloads in any case.</summary>
        public static Arbitrary<AssociationKey> Keys()
        {
            var tenants = Gen.Elements(Samples.Tenant, Samples.OtherTenant);
            var bySubscription =
                from tenant in tenants
                from subscription in Gen.Elements(Samples.Subscription, Samples.OtherSubscription)
                select AssociationKey.ForSubscription(tenant, subscription);
            var byWorkload =
                from tenant in tenants
                from workload in Gen.Elements("Teams", "Exchange")
                from cased in Generators.RandomCase(workload)
                select AssociationKey.ForWorkload(tenant, cased);
            return Gen.Frequency((4, bySubscription), (4, byWorkload), (1, Gen.Constant(default(AssociationKey)))).ToArbitrary();
        }
    }
}
