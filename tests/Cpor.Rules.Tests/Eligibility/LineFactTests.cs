using Cpor.Rules.Domain;
using Cpor.Rules.Eligibility;
using static Cpor.Rules.Tests.Scenario;

namespace Cpor.Rules.Tests.Eligibility;

/// <summary>A line fact as explanations show it: the line, then its key, or how it failed to resolve.</summary>
public sealed class LineFactTests
{
    private static readonly Claim Sample = Claim(Raw());

    private static LineFact Line(LineResolution? resolution, AssociationKey? key)
        => new(new ClaimFact(Sample, 0, null, null, null), Sample.Lines[0], resolution, null, key, null);

    [Fact]
    public void ToString_Keyed_LineAndKey()
    {
        var key = AssociationKey.ForSubscription(Tenant, Sales);

        Assert.Equal($"{Sample.Lines[0]} -> {key}", Line(LineResolution.Resolved, key).ToString());
    }

    [Fact]
    public void ToString_NotResolvedToAKey_LineAndResolution()
        => Assert.Equal($"{Sample.Lines[0]} -> ProductNotInTenant", Line(LineResolution.ProductNotInTenant, null).ToString());

    [Fact]
    public void ToString_NotResolvedAtAll_LineAndUnresolved()
        => Assert.Equal($"{Sample.Lines[0]} -> unresolved", Line(null, null).ToString());
}
