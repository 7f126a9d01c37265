using Cpor.Rules.Domain;

namespace Cpor.Rules.Tests.Domain;

/// <summary>Runs the GUID identifier tests for <see cref="SubscriptionId"/>.</summary>
public sealed class SubscriptionIdTests()
    : GuidIdentifierContractTests<SubscriptionId>(new GuidIdentifierMembers<SubscriptionId>(), Samples.SubscriptionText, Samples.OtherSubscriptionText);
