using Cpor.Rules.Domain;
using Cpor.Rules.Eligibility;
using Cpor.Rules.Evaluation;
using Cpor.Rules.Tests.Eligibility.Generation;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using static Cpor.Rules.Tests.Scenario;

namespace Cpor.Rules.Tests.Eligibility;

/// <summary>
/// Properties of the eligibility rules over generated claims: an eligible claim stays eligible until a defect is
/// added; each defect is reported with its own codes, alone or together with others; and the decision depends only
/// on the claim, the facts and the options.
/// </summary>
/// <remarks>
/// MaxTest: one evaluation takes well under a millisecond, so the budget goes to coverage. The defect generator has
/// about thirty kinds (some with parameters) over two solution areas and many eligible bases; 500 cases give each
/// single defect dozens of draws and reach most pairs of combinable defects, while the whole class stays at a few
/// seconds on the two-core build machine. The purity property evaluates each case five times and its inputs vary
/// less (the facts are a small world), so 300 cases are enough there.
/// </remarks>
public sealed class EligibilityPropertyTests
{

    /// <summary>The codes whose findings concern the whole claim (DOMAIN.md section 4): the others concern a line.</summary>
    private static readonly HashSet<FindingCode> ClaimLevel =
    [
        FindingCode.InvalidClaimData, FindingCode.TenantNotFound, FindingCode.DomainTenantMismatch, FindingCode.ActivityNotApplicable,
        FindingCode.RoleNotAuthorized, FindingCode.UnknownPartner, FindingCode.GlobalPartnerId, FindingCode.MissingAllPoe,
        FindingCode.MissingCustomerAcknowledgment, FindingCode.MissingOrOldDates, FindingCode.MissingPartnerService,
        FindingCode.PartnerNotEnrolled, FindingCode.AssociationOnly,
    ];

    [Property(Arbitrary = new[] { typeof(Arbitraries) }, MaxTest = 500)]
    public void Evaluate_GeneratedEligibleClaim_IsEligibleWithAdvisoriesAtMost(EligibleClaim claim)
    {
        var decision = Evaluate(new DefectiveClaim(claim, []));

        Assert.Equal(OutcomeKind.Eligible, decision.Kind);
        Assert.Empty(NonAdvisoryCodes(decision));
        Assert.All(decision.Lines, line => Assert.NotNull(line.Key));
    }

    /// <summary>(a) Any one defect, added alone, makes the claim not eligible and is reported with exactly its codes.</summary>
    [Property(Arbitrary = new[] { typeof(Arbitraries) }, MaxTest = 500)]
    public void Evaluate_AnyOneDefectAdded_NeverEligibleAndItsCodesReported(DefectiveClaim generated)
    {
        foreach (var defect in generated.Defects)
        {
            var single = generated.With([defect]);

            var decision = Evaluate(single);

            Assert.True(decision.Kind != OutcomeKind.Eligible, $"{single} is eligible.");
            AssertCodes(single.ExpectedCodes, decision, single);
            AssertLevels(decision);
        }
    }

    /// <summary>(b) Several defects together: every one of their codes is reported, and no other.</summary>
    [Property(Arbitrary = new[] { typeof(Arbitraries) }, MaxTest = 500)]
    public void Evaluate_SeveralDefects_EveryOneOfTheirCodesReported(DefectiveClaim generated)
    {
        var decision = Evaluate(generated);

        Assert.NotEqual(OutcomeKind.Eligible, decision.Kind);
        AssertCodes(generated.ExpectedCodes, decision, generated);
        AssertLevels(decision);
    }

    /// <summary>
    /// (c) Removing the defects one by one: at each step exactly the remaining defects' codes are reported, and once
    /// the last is gone the claim is eligible again.
    /// </summary>
    [Property(Arbitrary = new[] { typeof(Arbitraries) }, MaxTest = 500)]
    public void Evaluate_DefectsRemovedOneByOne_EligibleOnceAllAreGone(DefectiveClaim generated)
    {
        for (var removed = 1; removed <= generated.Defects.Count; removed++)
        {
            var remaining = generated.With(generated.Defects.Skip(removed));

            var decision = Evaluate(remaining);

            AssertCodes(remaining.ExpectedCodes, decision, remaining);
            Assert.Equal(remaining.Defects.Count == 0, decision.Kind == OutcomeKind.Eligible);
        }
    }

    /// <summary>
    /// (d) The decision is a pure function of (claim, facts, options): the same claim evaluated twice, read afresh,
    /// against the same facts listed in another order, or without explanations, gets the same outcome, lines,
    /// findings and contests.
    /// </summary>
    [Property(Arbitrary = new[] { typeof(Arbitraries) }, MaxTest = 300)]
    public void Evaluate_SameClaimFactsAndOptions_SameDecision(PurityCase @case)
    {
        var claim = Claim(@case.Raw);
        var expected = Signature(CporRuleSet.Default.Evaluate(claim, @case.Facts));

        Assert.Equal(expected, Signature(CporRuleSet.Default.Evaluate(claim, @case.Facts)));
        Assert.Equal(expected, Signature(CporRuleSet.Default.Evaluate(Claim(@case.Raw), @case.Facts)));
        Assert.Equal(expected, Signature(CporRuleSet.Default.Evaluate(claim, @case.ShuffledFacts)));
        Assert.Equal(expected, Signature(CporRuleSet.Default.Evaluate(claim, @case.ShuffledFacts, Runs.Quiet)));
    }

    private static ClaimDecision Evaluate(DefectiveClaim generated)
    {
        var (raw, facts) = generated.Build();
        return CporRuleSet.Default.Evaluate(Claim(raw), facts, Runs.Quiet);
    }

    private static HashSet<FindingCode> NonAdvisoryCodes(ClaimDecision decision)
        => [.. decision.Findings.Where(f => f.Severity != Severity.Advisory).Select(f => f.Code)];

    private static void AssertCodes(IReadOnlySet<FindingCode> expected, ClaimDecision decision, DefectiveClaim generated)
    {
        var actual = NonAdvisoryCodes(decision);
        Assert.True(
            actual.SetEquals(expected),
            $"{generated}: expected [{string.Join(", ", expected.Order())}], reported [{string.Join(", ", decision.Findings)}].");
    }

    private static void AssertLevels(ClaimDecision decision)
        => Assert.All(decision.Findings, f => Assert.Equal(ClaimLevel.Contains(f.Code), f.Product is null));

    private static string Signature(ClaimDecision decision)
        => string.Join(
            Environment.NewLine,
            [
                decision.Kind.Name,
                .. decision.Lines.Select(l => $"line {l.Product} {l.Outcome} {l.Key}"),
                .. decision.Findings.Select(f => $"finding {f}"),
                .. decision.Arbitrations.Select(a =>
                    $"contest {a.Key} {a.Verdict}: {string.Join("; ", a.Ranking.Select(r => $"{r.Rank} {r.Contender.ClaimId} {r.Contender.PartnerId} {r.SeparatedBy}"))}"),
            ]);

    public static class Arbitraries
    {
        private static readonly DateOnly Earliest = new(2020, 1, 1);

        public static Arbitrary<EligibleClaim> EligibleClaims() => EligibleClaimGen.ToArbitrary();

        /// <summary>Two to six combinable defects; shrinks by dropping defects, down to one.</summary>
        public static Arbitrary<DefectiveClaim> DefectiveClaims()
            => Arb.From(Defective(Gen.Choose(2, 6)), WithOneDefectLess);

        public static Arbitrary<PurityCase> PurityCases()
            => (from generated in Defective(Gen.Frequency((2, Gen.Constant(0)), (1, Gen.Choose(1, 3))))
                from count in Gen.Choose(0, 3)
                from some in Gen.ListOf(Holder(generated.Claim), count)
                from twin in Gen.Elements(false, true)
                let holders = twin && some.Count > 0 ? [.. some, Twin(some[0])] : some.ToList()
                let built = generated.Build(holders)
                from tenants in Gen.Shuffle(built.Facts.Tenants.ToArray())
                from subscriptions in Gen.Shuffle(built.Facts.Subscriptions.ToArray())
                from partners in Gen.Shuffle(built.Facts.Partners.ToArray())
                from associations in Gen.Shuffle(built.Facts.Associations.ToArray())
                select new PurityCase(generated, [.. holders], built.Raw, built.Facts, FactSnapshot.Create(tenants, subscriptions, partners, associations)))
                .ToArbitrary();

        private static IEnumerable<DefectiveClaim> WithOneDefectLess(DefectiveClaim generated)
            => generated.Defects.Count <= 1
                ? []
                : generated.Defects.Select((_, i) => generated.With(generated.Defects.Where((_, j) => j != i)));

        private static Gen<EligibleClaim> EligibleClaimGen
            => from microsoft365 in Gen.Elements(false, true)
               from lines in microsoft365 ? WorkloadLines : SubscriptionLines
               from products in Gen.CollectToArray(lines.Products, Cased)
               from activity in microsoft365 ? Gen.Constant(Activity.Usage) : Gen.Elements(Activity.PreSales, Activity.Usage, Activity.RevenueAssociation)
               from partner in Gen.Elements(Scenario.Partner, Rival, Third, NotEnrolled)
               from role in Gen.Elements(PartnerRole.BillingAdmin, PartnerRole.GlobalAdmin, PartnerRole.IncentivesAdmin)
               from domain in Gen.Elements("contoso.onmicrosoft.com", "contoso.com").SelectMany(Cased)
               from submitted in Gen.Choose(0, 3 * 365).Select(Earliest.AddDays)
               from acknowledged in AcknowledgedWithinLimit(submitted)
               from poeExtras in Gen.SubListOf(AbsentProduct, AbsentWorkload, "Power BI")
               from grace in Gen.Elements(false, true)
               select new EligibleClaim(microsoft365, products, lines.Id, partner, role, activity, domain, submitted, acknowledged, poeExtras, grace && !microsoft365);

        /// <summary>Business Applications lines: Sales resolves by name (or by its own ID), Customer Service needs its ID.</summary>
        private static Gen<(string[] Products, string? Id)> SubscriptionLines
            => Gen.OneOf(
                Gen.Elements<string?>(null, Sales.ToString()).Select(id => (new[] { SalesProduct }, id)),
                from service in Gen.Elements(ServiceOne, ServiceTwo)
                from id in Cased(service.ToString())
                from products in Gen.Elements<string[]>([ServiceProduct], [SalesProduct, ServiceProduct], [ServiceProduct, SalesProduct])
                select (products, (string?)id));

        /// <summary>Microsoft 365 lines, with a subscription identifier that Microsoft 365 ignores, well-formed or not.</summary>
        private static Gen<(string[] Products, string? Id)> WorkloadLines
            => from products in Gen.Elements<string[]>(["Teams"], ["Exchange"], ["Teams", "Exchange"], ["Exchange", "Teams"])
               from id in Gen.Elements<string?>(null, "not-a-guid", OtherTenantSub.ToString())
               select (products, id);

        /// <summary>From exactly the age limit to the submission day itself, with both ends drawn often.</summary>
        private static Gen<DateOnly> AcknowledgedWithinLimit(DateOnly submitted)
        {
            var oldest = submitted.AddMonths(-12);
            var span = submitted.DayNumber - oldest.DayNumber;
            return Gen.Frequency((1, Gen.Constant(0)), (1, Gen.Constant(span)), (4, Gen.Choose(0, span))).Select(oldest.AddDays);
        }

        private static Gen<string> Cased(string name) => Gen.Elements(name, name.ToUpperInvariant(), name.ToLowerInvariant());

        private static Gen<DefectiveClaim> Defective(Gen<int> count)
            => from claim in EligibleClaimGen
               from order in Gen.Shuffle(ClaimDefects.For(claim).ToArray())
               from candidates in Gen.CollectToArray<Gen<ClaimDefect>, ClaimDefect>(order, kind => kind)
               from wanted in count
               select new DefectiveClaim(claim, ClaimDefects.Combinable(candidates, wanted));

        /// <summary>
        /// Another partner's approved association, mostly on the claim's first key, on dates that often tie with the
        /// claim's acknowledgment.
        /// </summary>
        private static Gen<Association> Holder(EligibleClaim claim)
            => from partner in Gen.Elements(Rival, Third)
               from poe in Gen.Elements(new DateOnly(2020, 1, 15), claim.AcknowledgedOn, claim.AcknowledgedOn.AddDays(1))
               from key in Gen.Frequency((3, Gen.Constant(claim.FirstKey)), (1, claim.Microsoft365 ? OtherWorkloadKeys : OtherSubscriptionKeys))
               select key.Workload is { } workload ? HoldsWorkload(partner, workload, poe) : Holds(partner, key.SubscriptionId!.Value, poe);

        /// <summary>The same association held by the other partner: two holders that tie on the same key.</summary>
        private static Association Twin(Association holder)
            => holder.Key.Workload is { } workload
                ? HoldsWorkload(holder.PartnerId == Rival ? Third : Rival, workload, holder.PoeAcknowledgedOn)
                : Holds(holder.PartnerId == Rival ? Third : Rival, holder.Key.SubscriptionId!.Value, holder.PoeAcknowledgedOn);

        private static Gen<AssociationKey> OtherWorkloadKeys
            => Gen.Elements("Teams", "Exchange").Select(workload => AssociationKey.ForWorkload(Tenant, workload));

        private static Gen<AssociationKey> OtherSubscriptionKeys
            => Gen.Elements(Sales, ServiceOne, ServiceTwo).Select(subscription => AssociationKey.ForSubscription(Tenant, subscription));
    }
}
