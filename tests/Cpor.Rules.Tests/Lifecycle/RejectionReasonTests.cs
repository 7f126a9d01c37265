using Cpor.Rules.Lifecycle;

namespace Cpor.Rules.Tests.Lifecycle;

public sealed class RejectionReasonTests
{
    [Fact]
    public void List_ReviewerChoices_ExcludeReasonsWithTheirOwnTransition()
    {
        Assert.Equal(
            ["Reviewer", "PartnerRequest", "CompetingClaimLost"],
            RejectionReason.List.Where(r => r.IsChosenByReviewer).OrderBy(r => r.Value).Select(r => r.Name));
        Assert.Equal(
            ["NoPartnerResponse", "CustomerDeclined"],
            RejectionReason.List.Where(r => !r.IsChosenByReviewer).OrderBy(r => r.Value).Select(r => r.Name));
    }

    [Fact]
    public void Parse_WrongCase_ThrowsFormatExceptionListingNames()
    {
        var ex = Assert.Throws<FormatException>(() => RejectionReason.Parse("reviewer"));

        Assert.Contains("NoPartnerResponse", ex.Message, StringComparison.Ordinal);
        Assert.False(RejectionReason.TryParse("reviewer", out _));
    }
}
