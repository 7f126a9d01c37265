using Cpor.Rules.Domain;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Cpor.Rules.Tests.Domain;

public sealed class ClaimOutcomeTests
{
    public static TheoryData<string> KindNames => new(OutcomeKind.List.Select(k => k.Name));

    private static IReadOnlyList<Finding> SomeFindings()
    {
        var claim = Samples.NewClaim();
        return [new Finding(FindingCode.PartnerNotEnrolled, claim), new Finding(FindingCode.MissingProducts, claim, claim.Lines[0])];
    }

    [Theory]
    [MemberData(nameof(KindNames))]
    public void Of_Kind_GivesTheMatchingCaseWithKindAndFindings(string name)
    {
        var kind = OutcomeKind.Parse(name);
        var findings = SomeFindings();

        var outcome = ClaimOutcome.Of(kind, findings);

        Assert.Same(kind, outcome.Kind);
        Assert.Same(findings, outcome.Findings);
        Assert.Equal(name, outcome.Value.GetType().Name);
        Assert.Equal(kind.Value, outcome.Index);
        Assert.Equal(name, outcome.ToString());
    }

    [Theory]
    [MemberData(nameof(KindNames))]
    public void Match_CallsTheFunctionOfItsCaseWithItsFindings(string name)
    {
        var findings = SomeFindings();
        var outcome = ClaimOutcome.Of(OutcomeKind.Parse(name), findings);

        var (matched, seen) = outcome.Match(
            e => ("Eligible", e.Findings),
            p => ("PartiallyEligible", p.Findings),
            a => ("ActionRequired", a.Findings),
            u => ("UnderReview", u.Findings),
            r => ("Rejected", r.Findings));

        Assert.Equal(name, matched);
        Assert.Same(findings, seen);
    }

    [Theory]
    [MemberData(nameof(KindNames))]
    public void Switch_CallsOnlyTheActionOfItsCase(string name)
    {
        var called = new List<string>();

        ClaimOutcome.Of(OutcomeKind.Parse(name), []).Switch(
            _ => called.Add("Eligible"),
            _ => called.Add("PartiallyEligible"),
            _ => called.Add("ActionRequired"),
            _ => called.Add("UnderReview"),
            _ => called.Add("Rejected"));

        Assert.Equal([name], called);
    }

    [Fact]
    public void Of_EligibleWithoutFindings_SharesOneOutcome()
        => Assert.Same(ClaimOutcome.Of(OutcomeKind.Eligible, []), ClaimOutcome.Of(OutcomeKind.Eligible, []));

    [Fact]
    public void Of_OtherKindOrFindings_NewOutcomeEachTime()
    {
        foreach (var kind in OutcomeKind.List.Where(k => k != OutcomeKind.Eligible))
        {
            Assert.NotSame(ClaimOutcome.Of(kind, []), ClaimOutcome.Of(kind, []));
        }

        var findings = SomeFindings();
        Assert.NotSame(ClaimOutcome.Of(OutcomeKind.Eligible, findings), ClaimOutcome.Of(OutcomeKind.Eligible, findings));
    }

    [Fact]
    public void Wrapping_EachCase_HasThatKind()
    {
        IReadOnlyList<Finding> none = [];

        Assert.Same(OutcomeKind.Eligible, new ClaimOutcome(new Eligible(none)).Kind);
        Assert.Same(OutcomeKind.PartiallyEligible, new ClaimOutcome(new PartiallyEligible(none)).Kind);
        Assert.Same(OutcomeKind.ActionRequired, new ClaimOutcome(new ActionRequired(none)).Kind);
        Assert.Same(OutcomeKind.UnderReview, new ClaimOutcome(new UnderReview(none)).Kind);
        Assert.Same(OutcomeKind.Rejected, new ClaimOutcome(new Rejected(none)).Kind);
    }

    [Fact]
    public void Of_Null_ThrowsArgumentNullExceptionNamingTheArgument()
    {
        Assert.Equal("kind", Assert.Throws<ArgumentNullException>(() => ClaimOutcome.Of(null!, [])).ParamName);
        Assert.Equal("findings", Assert.Throws<ArgumentNullException>(() => ClaimOutcome.Of(OutcomeKind.Eligible, null!)).ParamName);
    }

    [Property(Arbitrary = new[] { typeof(Arbitraries) })]
    public bool Of_AnyKind_KindRoundTripsAndFindingsAreKept(OutcomeKind kind, int findingCount)
    {
        var claim = Samples.NewClaim();
        var findings = Enumerable.Range(0, findingCount).Select(_ => new Finding(FindingCode.AssociationOnly, claim)).ToArray();
        var outcome = ClaimOutcome.Of(kind, findings);
        return outcome.Kind == kind && ReferenceEquals(outcome.Findings, findings);
    }

    public static class Arbitraries
    {
        public static Arbitrary<OutcomeKind> Kinds() => Gen.Elements(OutcomeKind.List.ToArray()).ToArbitrary();

        public static Arbitrary<int> FindingCounts() => Gen.Choose(0, 5).ToArbitrary();
    }
}
