using Cpor.Rules.Domain;

namespace Cpor.Rules.Tests.Domain;

/// <summary>Runs the GUID identifier tests for <see cref="TenantId"/>.</summary>
public sealed class TenantIdTests()
    : GuidIdentifierContractTests<TenantId>(new GuidIdentifierMembers<TenantId>(), Samples.TenantText, Samples.OtherTenantText);
