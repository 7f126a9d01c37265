using System.Globalization;
using Cpor.Rules.Domain;
using Cpor.Rules.Eligibility;
using Cpor.Rules.Evaluation;
using static Cpor.Rules.Tests.Scenario;

namespace Cpor.Rules.Tests.Eligibility;

/// <summary>Every finding a decision can carry is worded for people, in English and in Korean.</summary>
public sealed class DecisionTextTests
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");
    private static readonly CultureInfo Korean = CultureInfo.GetCultureInfo("ko-KR");

    [Fact]
    public void Decisions_CoverEveryCatalogueCode()
    {
        var covered = AllFindings().Select(f => f.Code).Distinct().OrderBy(c => c.Value);

        // EvaluationFault comes only from a failing rule; FaultTests covers its texts.
        Assert.Equal(FindingCode.List.Where(c => c != FindingCode.EvaluationFault).OrderBy(c => c.Value), covered);
    }

    [Fact]
    public void EveryFindingInADecision_HasNonBlankEnglishAndKoreanTitleMessageAndRemediation()
    {
        Assert.All(AllFindings(), finding =>
        {
            foreach (var culture in new[] { English, Korean })
            {
                var text = finding.Text(culture);
                Assert.False(string.IsNullOrWhiteSpace(text.Title), $"{finding} has no {culture.Name} title.");
                Assert.False(string.IsNullOrWhiteSpace(text.Message), $"{finding} has no {culture.Name} message.");
                Assert.False(string.IsNullOrWhiteSpace(text.Remediation), $"{finding} has no {culture.Name} remediation.");
            }
        });
    }

    /// <summary>
    /// The texts are real translations, not placeholders: the Korean words are in Hangul, the English ones are not,
    /// and no text is the placeholder <c>TODO</c>.
    /// </summary>
    [Fact]
    public void EveryCatalogueCode_IsWordedInEnglishAndInKorean()
    {
        Assert.All(AllFindings().DistinctBy(f => f.Code), finding =>
        {
            var english = finding.Text(English);
            var korean = finding.Text(Korean);
            foreach (var part in new[] { english.Title, english.Message, english.Remediation, korean.Title, korean.Message, korean.Remediation })
            {
                Assert.False(
                    part.Contains("TODO", StringComparison.Ordinal),
                    $"{finding.Code.Name}: '{part}' is the placeholder of src/Cpor.Rules/Domain/Languages.");
            }

            Assert.All(new[] { korean.Title, korean.Message, korean.Remediation }, part => Assert.True(HasHangul(part), $"{finding.Code.Name}: '{part}' is not Korean."));
            Assert.All(new[] { english.Title, english.Remediation }, part => Assert.False(HasHangul(part), $"{finding.Code.Name}: '{part}' is not English."));
        });
    }

    [Fact]
    public void FindingWithDetail_MessageEndsWithTheDetailInBothLanguages()
    {
        var finding = Decide(Raw() with { TenantId = UnknownTenant.ToString() }).Single(FindingCode.TenantNotFound);

        Assert.EndsWith($" ({UnknownTenant})", finding.Text(English).Message, StringComparison.Ordinal);
        Assert.EndsWith($" ({UnknownTenant})", finding.Text(Korean).Message, StringComparison.Ordinal);
    }

    private static bool HasHangul(string text) => text.Any(c => c is >= '\uAC00' and <= '\uD7A3');

    /// <summary>The findings of a set of decisions that, together, report every catalogue code.</summary>
    private static IEnumerable<Finding> AllFindings()
    {
        var decisions = new List<ClaimDecision>
        {
            Decide(Raw() with { Activity = "Selling" }),
            Decide(Raw() with { TenantId = UnknownTenant.ToString() }),
            Decide(Raw() with { CustomerDomain = "fabrikam.com", SubmittedBy = "Other", PartnerId = GlobalAccount.ToString() }),
            Decide(RawM365() with { Activity = "RevenueAssociation", PartnerId = UnknownPartner.ToString() }),
            Decide(Raw() with { SubscriptionId = "not-a-guid" }),
            Decide(Raw() with { SubscriptionId = OtherTenantSub.ToString() }),
            Decide(Raw() with { Products = [AbsentProduct, ServiceProduct, SalesProduct, SalesProduct] }),
            Decide(Raw(), Facts(SubscriptionsWith(Sales, PurchaseChannel.Csp, isDynamics: false, SubscriptionState.Pending))),
            Decide(Raw(), Facts(SubscriptionsWith(Sales, state: SubscriptionState.Expired))),
            Decide(Raw(), Facts(SubscriptionsWith(Sales, state: SubscriptionState.InGrace))),
            Decide(Raw(), Facts(associations: [Holds(Scenario.Partner, Sales, new DateOnly(2019, 11, 1))])),
            Decide(Raw() with { ProofOfExecution = null, PartnerId = NotEnrolled.ToString() }),
            Decide(Raw().WithPoe(p => p with { CustomerAcknowledgedOn = null, DescribesPartnerService = false, Products = [] })),
        };
        decisions.AddRange(DecideBatch([Raw("C-1"), Raw("C-2") with { PartnerId = Rival.ToString() }]).Decisions);
        decisions.AddRange(DecideBatch([Raw("C-3"), (Raw("C-4") with { PartnerId = Rival.ToString() }).WithPoe(p => p with { CustomerAcknowledgedOn = "2020-09-01" })]).Decisions);
        return decisions.SelectMany(d => d.Findings);
    }
}
