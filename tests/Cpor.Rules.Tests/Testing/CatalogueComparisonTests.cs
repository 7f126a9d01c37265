using Cpor.Rules.Eligibility;
using Cpor.Rules.Evaluation;
using Cpor.Rules.Testing;

namespace Cpor.Rules.Tests.Testing;

/// <summary>The comparison's assertions and the text of each change (DecisionChange.ToString), on a PoE age limit of one month.</summary>
public sealed class CatalogueComparisonTests
{
    [Fact]
    public void ShouldChangeNothing_Changed_MessageListsEachChange()
    {
        var comparison = CatalogueBehaviour.Compare(options: new CporOptions { PoeAgeLimitMonths = 1 });

        var error = Assert.Throws<CporAssertionException>(comparison.ShouldChangeNothing);

        var lines = error.Message.Split(Environment.NewLine);
        Assert.Equal("Expected the sample's 31 decisions to stay as the catalogue decides them, but 4 changed:", lines[0]);
        Assert.Equal(
            "  C-1009: ActionRequired; - finding CPOR-019 MissingOrOldDates: acknowledged 2019-08-01, before 2019-10-01 (12 months before submission on 2020-10-01); "
            + "+ finding CPOR-019 MissingOrOldDates: acknowledged 2019-08-01, before 2020-09-01 (1 months before submission on 2020-10-01)",
            lines[2]);
        Assert.StartsWith("  C-1003: Rejected -> ActionRequired; - finding CPOR-025 CompetingClaimLost [Dynamics 365 Sales]", lines[1], StringComparison.Ordinal);
        Assert.Equal(["C-1003", "C-1009", "C-1030", "C-1031"], comparison.Changes.Select(c => c.ClaimId));
    }

    [Fact]
    public void ShouldChangeOnly_OtherClaims_MessageSaysWhichDidAndDidNot()
    {
        var comparison = CatalogueBehaviour.Compare(options: new CporOptions { PoeAgeLimitMonths = 1 });

        var error = Assert.Throws<CporAssertionException>(() => comparison.ShouldChangeOnly("C-1003", "C-1009", "C-1030", "X-1"));

        var lines = error.Message.Split(Environment.NewLine);
        Assert.Equal(["Expected only the decisions on [C-1003, C-1009, C-1030, X-1] to change.", "Unchanged: X-1.", "Changed besides:"], lines[..3]);
        Assert.StartsWith("  C-1031: Rejected -> ActionRequired;", lines[3], StringComparison.Ordinal);
        Assert.Equal(4, lines.Length);
        Assert.Equal("claimIds", Assert.Throws<ArgumentNullException>(() => comparison.ShouldChangeOnly(null!)).ParamName);
    }
}
