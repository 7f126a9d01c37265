using Cpor.Rules.Domain;

namespace Cpor.Rules.Tests.Domain.Languages;

/// <summary>
/// What every language file of finding texts must hold, run once for each language by its subclass. The texts are
/// keyed by code name, so nothing but these checks ties a text to the right code: the title terms below are the one
/// check that fails when two codes' texts are swapped (as CPOR-001's and CPOR-002's Korean texts once could be).
/// </summary>
public abstract class FindingLanguageTests
{
    /// <summary>
    /// For each catalogue code, a term of its English title and the same term in its Korean title. Each term stands in
    /// that code's title only, so a text filed under another code's name loses its term and shows up here.
    /// </summary>
    internal static readonly IReadOnlyDictionary<string, (string English, string Korean)> TitleTerms = new Dictionary<string, (string, string)>
    {
        [nameof(FindingCode.InvalidClaimData)] = ("cannot be read", "읽을 수 없음"),
        [nameof(FindingCode.TenantNotFound)] = ("tenant not found", "테넌트를 찾을 수 없음"),
        [nameof(FindingCode.DomainTenantMismatch)] = ("Domain does not match", "도메인"),
        [nameof(FindingCode.ActivityNotApplicable)] = ("Activity", "활동"),
        [nameof(FindingCode.RoleNotAuthorized)] = ("role", "권한"),
        [nameof(FindingCode.UnknownPartner)] = ("Partner ID not found", "파트너 ID를 찾을 수 없음"),
        [nameof(FindingCode.GlobalPartnerId)] = ("Global account", "글로벌 계정"),
        [nameof(FindingCode.NotASubscriptionId)] = ("Not a subscription ID", "구독 ID 형식이 아님"),
        [nameof(FindingCode.SubscriptionNotInTenant)] = ("Subscription not in this tenant", "테넌트에 없는 구독"),
        [nameof(FindingCode.ProductNotInTenant)] = ("Product not found on the tenant", "테넌트에 없는 제품"),
        [nameof(FindingCode.SubscriptionIdRequired)] = ("ID needed", "ID 필요"),
        [nameof(FindingCode.SubscriptionNotDynamics)] = ("Dynamics 365", "Dynamics 365 구독이 아님"),
        [nameof(FindingCode.SubscriptionIsCsp)] = ("CSP", "CSP로 구매한"),
        [nameof(FindingCode.SubscriptionNotProvisioned)] = ("not provisioned", "프로비저닝"),
        [nameof(FindingCode.SubscriptionNotActive)] = ("not active", "활성 상태가 아닌"),
        [nameof(FindingCode.AlreadyClaimed)] = ("Already associated", "이미 연결된"),
        [nameof(FindingCode.DuplicateClaim)] = ("Duplicate", "중복"),
        [nameof(FindingCode.MissingAllPoe)] = ("No proof of execution", "실행 증명(PoE) 없음"),
        [nameof(FindingCode.MissingCustomerAcknowledgment)] = ("customer acknowledgment", "고객 확인 없음"),
        [nameof(FindingCode.MissingOrOldDates)] = ("date missing", "날짜 누락"),
        [nameof(FindingCode.MissingPartnerService)] = ("your service", "서비스 내용 없음"),
        [nameof(FindingCode.MissingProducts)] = ("Product missing", "제품 누락"),
        [nameof(FindingCode.PartnerNotEnrolled)] = ("Not enrolled", "미등록"),
        [nameof(FindingCode.AssociationOnly)] = ("Association only", "연결만 인정"),
        [nameof(FindingCode.SubscriptionInGrace)] = ("grace period", "유예 기간"),
        [nameof(FindingCode.CompetingClaimLost)] = ("ranks higher", "우선함"),
        [nameof(FindingCode.CompetingClaimUnderReview)] = ("under review", "검토 중"),
        [nameof(FindingCode.EvaluationFault)] = ("Evaluation fault", "평가 오류"),
    };

    private protected abstract IReadOnlyDictionary<string, FindingText> Texts { get; }

    private protected abstract string TermOf((string English, string Korean) terms);

    [Fact]
    public void Texts_Keys_AreTheCatalogueCodesNoneMissingNoneExtra()
        => Assert.Equal(FindingCode.List.Select(c => c.Name).Order(StringComparer.Ordinal), Texts.Keys.Order(StringComparer.Ordinal));

    [Fact]
    public void Texts_EveryCatalogueCode_HasTitleMessageAndRemediation()
        => Assert.All(FindingCode.List, code =>
        {
            var text = Texts.GetValueOrDefault(code.Name);
            Assert.NotNull(text);
            Assert.All(new[] { text.Title, text.Message, text.Remediation }, part => Assert.False(string.IsNullOrWhiteSpace(part), $"{code.Name} has a blank part."));
        });

    [Fact]
    public void Texts_TwoCodes_NeverShareATitleMessageOrRemediation()
    {
        var texts = FindingCode.List.Select(c => Texts[c.Name]).ToList();

        Assert.Equal(texts.Count, texts.Select(t => t.Title).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(texts.Count, texts.Select(t => t.Message).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(texts.Count, texts.Select(t => t.Remediation).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Texts_NameInAnotherCase_IsNotFound()
        => Assert.False(Texts.ContainsKey("tenantnotfound"));

    [Fact]
    public void TitleTerms_CoverEveryCatalogueCode()
        => Assert.Equal(FindingCode.List.Select(c => c.Name).Order(StringComparer.Ordinal), TitleTerms.Keys.Order(StringComparer.Ordinal));

    [Fact]
    public void Texts_EachCode_HasItsOwnTitleTermAndNoOtherCodeHasIt()
        => Assert.All(TitleTerms, entry =>
        {
            var term = TermOf(entry.Value);
            var holders = FindingCode.List.Where(c => Texts[c.Name].Title.Contains(term, StringComparison.Ordinal)).Select(c => c.Name);
            Assert.Equal([entry.Key], holders);
        });
}
