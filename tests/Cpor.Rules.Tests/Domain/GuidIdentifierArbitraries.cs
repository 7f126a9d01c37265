using Cpor.Rules.Domain;
using FsCheck;
using FsCheck.Fluent;

namespace Cpor.Rules.Tests.Domain;

/// <summary>The FsCheck arbitraries of <see cref="GuidIdentifierContractTests{TId}"/>, for both GUID identifiers.</summary>
public static class GuidIdentifierArbitraries
{
    public static Arbitrary<Guid> NonEmptyGuids()
        => Generators.NonEmptyGuid.ToArbitrary();

    public static Arbitrary<GuidText> GuidTexts()
        => Generators.GuidText.Select(t => new GuidText(t)).ToArbitrary();

    public static Arbitrary<MalformedGuidText> MalformedGuidTexts()
        => Generators.MalformedGuidText.Select(t => new MalformedGuidText(t)).ToArbitrary();

    public static Arbitrary<TenantId> TenantIds()
        => Generators.GuidIdentifier(TenantId.FromGuid, Samples.Tenant, Samples.OtherTenant).ToArbitrary();

    public static Arbitrary<SubscriptionId> SubscriptionIds()
        => Generators.GuidIdentifier(SubscriptionId.FromGuid, Samples.Subscription, Samples.OtherSubscription).ToArbitrary();

    /// <summary>A GUID in <c>D</c> format, each letter randomly upper or lower case.</summary>
    public sealed record GuidText(string Value);

    /// <summary>Text that is one small change away from a valid GUID, or another common way of writing one.</summary>
    public sealed record MalformedGuidText(string Value);
}
