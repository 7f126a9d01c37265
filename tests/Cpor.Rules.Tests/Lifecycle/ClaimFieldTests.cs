using Cpor.Rules.Lifecycle;

namespace Cpor.Rules.Tests.Lifecycle;

public sealed class ClaimFieldTests
{
    [Fact]
    public void List_Editable_ExactlyTheFieldsThePartnerMayChange()
        => Assert.Equal(
            ["PartnerId", "Products", "Contacts", "ProofOfExecution", "Comments"],
            ClaimField.List.Where(f => f.IsEditable).OrderBy(f => f.Value).Select(f => f.Name));

    [Fact]
    public void TryParse_ContractName_RoundTrips()
    {
        Assert.True(ClaimField.TryParse("SubscriptionId", out var field));
        Assert.Same(ClaimField.SubscriptionId, field);
        Assert.False(field.IsEditable);
    }
}
