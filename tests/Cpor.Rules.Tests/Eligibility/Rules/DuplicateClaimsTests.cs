using Cpor.Rules.Domain;
using Cpor.Rules.Eligibility;
using Cpor.Rules.Eligibility.Rules;
using static Cpor.Rules.Tests.Scenario;

namespace Cpor.Rules.Tests.Eligibility.Rules;

/// <summary>The duplicate group fact as explanations show it.</summary>
public sealed class DuplicateClaimsTests
{
    [Fact]
    public void ToString_Group_CountsLinesAndNamesPartnerAndKey()
    {
        var key = AssociationKey.ForSubscription(Tenant, Sales);
        var lines = new[] { Raw("C-1"), Raw("C-2") }
            .Select(Claim)
            .Select((claim, i) => new LineFact(new ClaimFact(claim, i, null, null, null), claim.Lines[0], LineResolution.Resolved, null, key, null))
            .ToArray();

        Assert.Equal($"2 lines of {Scenario.Partner} on {key}", new DuplicateClaims(Scenario.Partner, key, lines).ToString());
    }
}
