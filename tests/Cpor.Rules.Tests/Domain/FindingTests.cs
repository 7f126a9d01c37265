using System.Globalization;
using Cpor.Rules.Domain;

namespace Cpor.Rules.Tests.Domain;

public sealed class FindingTests
{
    private static readonly FindingText English = new("Sanctioned customer", "The customer is on a sanctions list.", "Do not claim this customer.");
    private static readonly FindingText Korean = new("제재 대상 고객", "고객이 제재 목록에 있습니다.", "이 고객을 청구하지 마십시오.");

    // A custom code has texts the test controls, so that the choice of language can be checked exactly.
    private static readonly FindingCode Bilingual = FindingCode.Custom("SanctionedCustomer", 5000, "ACME-001", Severity.Blocking, English, Korean);

    [Fact]
    public void Constructor_ClaimLevel_HasNoLineNorProduct()
    {
        var claim = Samples.NewClaim();

        var finding = new Finding(FindingCode.PartnerNotEnrolled, claim);

        Assert.Same(FindingCode.PartnerNotEnrolled, finding.Code);
        Assert.Same(claim, finding.Claim);
        Assert.Null(finding.Line);
        Assert.Null(finding.Product);
        Assert.Null(finding.Detail);
    }

    [Fact]
    public void Constructor_LineLevel_HasTheLineAndItsProduct()
    {
        var claim = Samples.NewClaim("Teams", "Exchange");

        var finding = new Finding(FindingCode.ProductNotInTenant, claim, claim.Lines[1], "Exchange");

        Assert.Same(claim.Lines[1], finding.Line);
        Assert.Equal("Exchange", finding.Product);
        Assert.Equal("Exchange", finding.Detail);
    }

    [Fact]
    public void Constructor_LineOfAnotherClaim_ThrowsArgumentExceptionNamingLine()
    {
        var claim = Samples.NewClaim();
        var other = Samples.NewClaim();

        var ex = Assert.Throws<ArgumentException>(() => new Finding(FindingCode.MissingProducts, claim, other.Lines[0]));

        Assert.Equal("line", ex.ParamName);
        Assert.StartsWith("The line belongs to another claim.", ex.Message);
    }

    [Fact]
    public void Constructor_NullCode_ThrowsArgumentNullExceptionNamingCode()
        => Assert.Equal("code", Assert.Throws<ArgumentNullException>(() => new Finding(null!, Samples.NewClaim())).ParamName);

    [Fact]
    public void Constructor_NullClaim_ThrowsArgumentNullExceptionNamingClaim()
        => Assert.Equal("claim", Assert.Throws<ArgumentNullException>(() => new Finding(FindingCode.TenantNotFound, null!)).ParamName);

    [Fact]
    public void Detail_MadeFromTheClaim_IsTheTextOfTheClaimsValue()
    {
        var claim = Samples.NewClaim();

        var finding = new Finding(FindingCode.TenantNotFound, claim, detail: ClaimDetail.TenantId);

        Assert.Equal(claim.TenantId!.Value.ToString(), finding.Detail);
    }

    [Fact]
    public void Detail_MadeFromTheClaimReadTwice_MadeOnceAndKept()
    {
        var made = 0;
        var finding = new Finding(FindingCode.UnknownPartner, Samples.NewClaim(), detail: new ClaimDetail(c => $"{++made}:{c.PartnerId}"));

        var first = finding.Detail;

        Assert.Same(first, finding.Detail);
        Assert.Equal(1, made);
        Assert.StartsWith("1:", first);
    }

    [Fact]
    public void Detail_MadeFromTheClaim_NotMadeUntilRead()
    {
        var made = 0;
        var finding = new Finding(FindingCode.UnknownPartner, Samples.NewClaim(), detail: new ClaimDetail(_ => $"{++made}"));

        Assert.IsType<ClaimDetail>(finding.DetailSource);
        Assert.Equal(0, made);
        Assert.Equal("1", finding.Detail);
        Assert.Equal("1", finding.DetailSource);
    }

    [Fact]
    public void Constructor_DetailNeitherTextNorClaimDetail_ThrowsArgumentExceptionNamingDetail()
    {
        var ex = Assert.Throws<ArgumentException>(() => new Finding(FindingCode.TenantNotFound, Samples.NewClaim(), detail: 42));

        Assert.Equal("detail", ex.ParamName);
        Assert.StartsWith("A detail is a string or a ClaimDetail.", ex.Message);
    }

    [Theory]
    [InlineData("SubscriptionNotProvisioned", "CPOR-013", "Blocking")]
    [InlineData("MissingOrOldDates", "CPOR-019", "ActionRequired")]
    [InlineData("SubscriptionInGrace", "CPOR-024", "Advisory")]
    [InlineData("CompetingClaimUnderReview", "CPOR-026", null)]
    public void RuleIdAndSeverity_AreThoseOfTheCode(string code, string ruleId, string? severity)
    {
        var finding = new Finding(FindingCode.Parse(code), Samples.NewClaim());

        Assert.Equal(ruleId, finding.RuleId);
        Assert.Equal(severity, finding.Severity?.Name);
    }

    [Theory]
    [InlineData("ko")]
    [InlineData("ko-KR")]
    public void Text_KoreanCulture_IsKorean(string culture)
        => Assert.Equal(Korean, new Finding(Bilingual, Samples.NewClaim()).Text(CultureInfo.GetCultureInfo(culture)));

    [Theory]
    [InlineData("en-US")]
    [InlineData("en")]
    [InlineData("de-DE")]
    [InlineData("ja-JP")]
    [InlineData("")]
    public void Text_OtherCulture_IsEnglish(string culture)
        => Assert.Equal(English, new Finding(Bilingual, Samples.NewClaim()).Text(CultureInfo.GetCultureInfo(culture)));

    [Fact]
    public void Text_InvariantCulture_IsEnglish()
        => Assert.Equal(English, new Finding(Bilingual, Samples.NewClaim()).Text(CultureInfo.InvariantCulture));

    [Fact]
    public void Text_CustomCodeWithoutKorean_IsEnglishInKoreanToo()
    {
        var code = FindingCode.Custom("EnglishOnly", 5001, "ACME-002", Severity.Advisory, English);

        Assert.Equal(English, new Finding(code, Samples.NewClaim()).Text(CultureInfo.GetCultureInfo("ko-KR")));
    }

    [Theory]
    [InlineData("en-US")]
    [InlineData("ko-KR")]
    public void Text_WithDetail_AppendsItToTheMessageInParentheses(string culture)
    {
        var withoutDetail = new Finding(Bilingual, Samples.NewClaim()).Text(CultureInfo.GetCultureInfo(culture));

        var text = new Finding(Bilingual, Samples.NewClaim(), detail: "contoso.com").Text(CultureInfo.GetCultureInfo(culture));

        Assert.Equal($"{withoutDetail.Message} (contoso.com)", text.Message);
        Assert.Equal(withoutDetail.Title, text.Title);
        Assert.Equal(withoutDetail.Remediation, text.Remediation);
    }

    [Fact]
    public void Text_CatalogueCodeWithDetail_MessageEndsWithTheDetail()
    {
        var claim = Samples.NewClaim();
        var plain = new Finding(FindingCode.DomainTenantMismatch, claim).Text(CultureInfo.InvariantCulture);

        var text = new Finding(FindingCode.DomainTenantMismatch, claim, detail: "fabrikam.com").Text(CultureInfo.InvariantCulture);

        Assert.Equal($"{plain.Message} (fabrikam.com)", text.Message);
    }

    [Fact]
    public void Text_NullCulture_ThrowsArgumentNullException()
        => Assert.Equal("culture", Assert.Throws<ArgumentNullException>(() => new Finding(Bilingual, Samples.NewClaim()).Text(null!)).ParamName);

    [Fact]
    public void ToString_NamesRuleCodeProductAndDetail()
    {
        var claim = Samples.NewClaim("Teams");

        Assert.Equal("CPOR-009 ProductNotInTenant [Teams]: not on the tenant", new Finding(FindingCode.ProductNotInTenant, claim, claim.Lines[0], "not on the tenant").ToString());
        Assert.Equal("CPOR-001 TenantNotFound", new Finding(FindingCode.TenantNotFound, claim).ToString());
    }
}
