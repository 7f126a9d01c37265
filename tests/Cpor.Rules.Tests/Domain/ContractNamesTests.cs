using Cpor.Rules.Domain;

namespace Cpor.Rules.Tests.Domain;

public sealed class ContractNamesTests
{
    [Fact]
    public void Describe_Null_SaysTheValueIsRequiredAndListsTheNames()
        => Assert.Equal(
            "A SolutionArea is required; expected one of: BusinessApplications, Microsoft365.",
            ContractNames.Describe<SolutionArea>(null));

    [Fact]
    public void Describe_UnknownName_QuotesItAndListsTheNamesInValueOrder()
        => Assert.Equal(
            "'usage' is not an Activity; expected one of: PreSales, Usage, RevenueAssociation.",
            ContractNames.Describe<Activity>("usage"));

    [Fact]
    public void Describe_TypeStartingWithAVowel_UsesAn()
    {
        Assert.StartsWith("An OutcomeKind is required;", ContractNames.Describe<OutcomeKind>(null), StringComparison.Ordinal);
        Assert.Contains("is not an OutcomeKind;", ContractNames.Describe<OutcomeKind>("Won"), StringComparison.Ordinal);
        Assert.Contains("is not a Severity;", ContractNames.Describe<Severity>("High"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("usage")]
    [InlineData("Usage\0")]
    public void TryParse_NotExactlyAName_ReturnsFalse(string? name)
    {
        Assert.False(ContractNames.TryParse<Activity>(name, out var activity));
        Assert.Null(activity);
    }

    [Fact]
    public void Parse_ExactName_ReturnsTheValue()
        => Assert.Same(Activity.Usage, ContractNames.Parse<Activity>("Usage"));
}
