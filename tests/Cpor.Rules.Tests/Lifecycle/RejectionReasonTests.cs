using Cpor.Rules.Domain;
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

    [Theory]
    [InlineData("reviewer")]
    [InlineData("Reviewer\u001b[31m\nNext")]
    [InlineData("a name far longer than sixty-four characters, which the message cuts to keep it short")]
    [InlineData("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\U0001F600 a pair that the cut would split")]
    public void Parse_UnknownName_EchoesItAsTheCorePackageDoes(string name)
    {
        // The lifecycle package keeps a copy of the core's echo (the packages share no internals): they must agree.
        var ex = Assert.Throws<FormatException>(() => RejectionReason.Parse(name));

        Assert.Equal($"{EchoText.Quote(name)} is not a RejectionReason; expected one of: Reviewer, PartnerRequest, NoPartnerResponse, CustomerDeclined, CompetingClaimLost.", ex.Message);
    }
}
