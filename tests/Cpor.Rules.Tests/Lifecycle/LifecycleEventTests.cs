using Cpor.Rules.Domain;
using Cpor.Rules.Lifecycle;

namespace Cpor.Rules.Tests.Lifecycle;

public sealed class LifecycleEventTests
{
    [Fact]
    public void Edited_PossibleExactlyWhereStatusAllowsEdits()
        => Assert.Equal(
            ClaimStatus.List.Where(s => s.AllowsEdits).OrderBy(s => s.Value),
            ClaimStatus.List.Where(LifecycleEvent.Edited.IsPossibleFrom).OrderBy(s => s.Value));

    [Fact]
    public void List_Automatic_OnlyTheClockDrivenEvents()
        => Assert.Equal(
            ["PartnerResponseExpired", "SentForIncentiveAssessment"],
            LifecycleEvent.List.Where(e => e.IsAutomatic).OrderBy(e => e.Value).Select(e => e.Name));

    [Fact]
    public void Created_PossibleFromNoStatus()
        => Assert.DoesNotContain(ClaimStatus.List, LifecycleEvent.Created.IsPossibleFrom);

    [Fact]
    public void Parse_ContractName_RoundTrips()
    {
        Assert.Same(LifecycleEvent.PartnerActionRequested, LifecycleEvent.Parse("PartnerActionRequested"));
        Assert.Throws<FormatException>(() => LifecycleEvent.Parse("partneractionrequested"));
    }
}
