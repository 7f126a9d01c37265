using Cpor.Rules.Domain;

namespace Cpor.Rules.Tests.Domain;

public sealed class FindingCodeTests
{
    private static readonly FindingText English = new("Sanctioned customer", "The customer is on a sanctions list.", "Do not claim this customer.");
    private static readonly FindingText Korean = new("제재 대상 고객", "고객이 제재 목록에 있습니다.", "이 고객을 청구하지 마십시오.");

    /// <summary>The catalogue of rule set cpor-2020.09 as DOMAIN.md section 4 publishes it: name, value, severity.</summary>
    public static TheoryData<string, int, string?> Catalogue => new()
    {
        { "InvalidClaimData", 0, "Blocking" },
        { "TenantNotFound", 1, "Blocking" },
        { "DomainTenantMismatch", 2, "Blocking" },
        { "ActivityNotApplicable", 3, "Blocking" },
        { "RoleNotAuthorized", 4, "Blocking" },
        { "UnknownPartner", 5, "Blocking" },
        { "GlobalPartnerId", 6, "Blocking" },
        { "NotASubscriptionId", 7, "Blocking" },
        { "SubscriptionNotInTenant", 8, "Blocking" },
        { "ProductNotInTenant", 9, "Blocking" },
        { "SubscriptionIdRequired", 10, "Blocking" },
        { "SubscriptionNotDynamics", 11, "Blocking" },
        { "SubscriptionIsCsp", 12, "Blocking" },
        { "SubscriptionNotProvisioned", 13, "Blocking" },
        { "SubscriptionNotActive", 14, "Blocking" },
        { "AlreadyClaimed", 15, "Blocking" },
        { "DuplicateClaim", 16, "Blocking" },
        { "MissingAllPoe", 17, "ActionRequired" },
        { "MissingCustomerAcknowledgment", 18, "ActionRequired" },
        { "MissingOrOldDates", 19, "ActionRequired" },
        { "MissingPartnerService", 20, "ActionRequired" },
        { "MissingProducts", 21, "ActionRequired" },
        { "PartnerNotEnrolled", 22, "Advisory" },
        { "AssociationOnly", 23, "Advisory" },
        { "SubscriptionInGrace", 24, "Advisory" },
        { "CompetingClaimLost", 25, "Blocking" },
        { "CompetingClaimUnderReview", 26, null },
        { "EvaluationFault", 900, null },
    };

    public static TheoryData<string> CatalogueNames => new(Catalogue.Select(row => (string)row[0]));

    public static TheoryData<string> NearMisses => SmartEnumAssert.NearMisses("TenantNotFound", "MissingAllPoe", "CompetingClaimUnderReview");

    [Theory]
    [MemberData(nameof(Catalogue))]
    public void Parse_CatalogueName_HasItsValueRuleIdAndSeverity(string name, int value, string? severity)
    {
        var code = FindingCode.Parse(name);

        Assert.Equal(name, code.Name);
        Assert.Equal(value, code.Value);
        Assert.Equal($"CPOR-{value:000}", code.RuleId);
        Assert.Equal(severity, code.Severity?.Name);
        Assert.True(code.IsCatalogued);
        Assert.Same(code, FindingCode.FromValue(value));
    }

    [Fact]
    public void List_HoldsExactlyThe28CatalogueCodes()
    {
        // 0 to 26 are the catalogue's rows; 900 is the library's own fault code (DOMAIN.md section 8).
        var expected = Catalogue.Select(row => (string)row[0]).ToArray();

        Assert.Equal(expected, FindingCode.List.OrderBy(c => c.Value).Select(c => c.Name));
        Assert.Equal([.. Enumerable.Range(0, 27), 900], FindingCode.List.OrderBy(c => c.Value).Select(c => c.Value));
        Assert.Equal(28, FindingCode.List.Count);
        Assert.Equal(28, FindingCode.List.Select(c => c.RuleId).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void StaticFields_AreTheNamedCodes()
    {
        Assert.Equal("CPOR-000", FindingCode.InvalidClaimData.RuleId);
        Assert.Equal("CPOR-013", FindingCode.SubscriptionNotProvisioned.RuleId);
        Assert.Equal("CPOR-026", FindingCode.CompetingClaimUnderReview.RuleId);
        Assert.Equal(Severity.Advisory, FindingCode.SubscriptionInGrace.Severity);
    }

    [Fact]
    public void Severity_NullOnlyForCompetingClaimUnderReviewAndEvaluationFault()
        => Assert.Equal([FindingCode.CompetingClaimUnderReview, FindingCode.EvaluationFault], FindingCode.List.Where(c => c.Severity is null).OrderBy(c => c.Value));

    [Fact]
    public void IsRetryable_SubscriptionNotProvisionedOnly()
        => Assert.Equal([FindingCode.SubscriptionNotProvisioned], FindingCode.List.Where(c => c.IsRetryable));

    [Theory]
    [MemberData(nameof(NearMisses))]
    public void Parse_NearMiss_ThrowsFormatExceptionNamingValueAndExpectedNames(string text)
        => SmartEnumAssert.Refuses(FindingCode.Parse, text);

    [Theory]
    [InlineData(null)]
    [InlineData("tenantNotFound")]
    [InlineData("CPOR-001")]
    [InlineData("1")]
    public void TryParse_NullOrUnknown_ReturnsFalse(string? text)
    {
        Assert.False(FindingCode.TryParse(text, out var code));
        Assert.Null(code);
    }

    [Fact]
    public void Parse_Null_ThrowsArgumentNullException()
        => Assert.Equal("name", Assert.Throws<ArgumentNullException>(() => FindingCode.Parse(null!)).ParamName);

    [Fact]
    public void Custom_Valid_CarriesWhatItWasGiven()
    {
        var code = FindingCode.Custom("SanctionedCustomer", 1000, "ACME-001", Severity.Blocking, English, Korean, retryable: true);

        Assert.Equal("SanctionedCustomer", code.Name);
        Assert.Equal(1000, code.Value);
        Assert.Equal("ACME-001", code.RuleId);
        Assert.Equal(Severity.Blocking, code.Severity);
        Assert.True(code.IsRetryable);
        Assert.False(code.IsCatalogued);
    }

    [Fact]
    public void Custom_RetryableByDefault_IsFalse()
        => Assert.False(FindingCode.Custom("Late", 1001, "ACME-002", Severity.Advisory, English).IsRetryable);

    [Fact]
    public void Custom_Code_IsNotInTheCatalogueList()
    {
        var code = FindingCode.Custom("SanctionedCustomer", 1002, "ACME-003", Severity.Blocking, English);

        Assert.DoesNotContain(code, FindingCode.List);
        Assert.DoesNotContain(FindingCode.List, c => c.Name == code.Name);
        Assert.Equal(28, FindingCode.List.Count);
        Assert.False(FindingCode.TryParse("SanctionedCustomer", out _));
    }

    [Fact]
    public void Custom_SameValue_AreEqual()
    {
        var first = FindingCode.Custom("SanctionedCustomer", 1003, "ACME-004", Severity.Blocking, English);
        var second = FindingCode.Custom("SanctionedCustomer", 1003, "ACME-004", Severity.Blocking, English);

        Assert.Equal(first, second);
        Assert.True(first == second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
        Assert.NotEqual(first, FindingCode.Custom("SanctionedCustomer", 1004, "ACME-004", Severity.Blocking, English));
    }

    [Theory]
    [InlineData(999)]
    [InlineData(26)]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(int.MinValue)]
    public void Custom_ValueBelowFirstCustomValue_ThrowsArgumentOutOfRangeException(int value)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => FindingCode.Custom("Mine", value, "ACME-001", Severity.Blocking, English));

        Assert.Equal("value", ex.ParamName);
    }

    [Fact]
    public void Custom_FirstCustomValue_IsAccepted()
        => Assert.Equal(FindingCode.FirstCustomValue, FindingCode.Custom("Mine", FindingCode.FirstCustomValue, "ACME-001", Severity.Blocking, English).Value);

    [Theory]
    [MemberData(nameof(CatalogueNames))]
    public void Custom_CatalogueName_ThrowsArgumentExceptionNamingIt(string name)
    {
        var ex = Assert.Throws<ArgumentException>(() => FindingCode.Custom(name, 2000, "ACME-001", Severity.Blocking, English));

        Assert.Equal("name", ex.ParamName);
        Assert.Contains($"'{name}'", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("\t")]
    public void Custom_BlankName_ThrowsArgumentException(string name)
        => Assert.Equal("name", Assert.Throws<ArgumentException>(() => FindingCode.Custom(name, 1000, "ACME-001", Severity.Blocking, English)).ParamName);

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    public void Custom_BlankRuleId_ThrowsArgumentException(string ruleId)
        => Assert.Equal("ruleId", Assert.Throws<ArgumentException>(() => FindingCode.Custom("Mine", 1000, ruleId, Severity.Blocking, English)).ParamName);

    [Fact]
    public void Custom_NullArguments_ThrowArgumentNullExceptionNamingThem()
    {
        Assert.Equal("name", Assert.Throws<ArgumentNullException>(() => FindingCode.Custom(null!, 1000, "ACME-001", Severity.Blocking, English)).ParamName);
        Assert.Equal("ruleId", Assert.Throws<ArgumentNullException>(() => FindingCode.Custom("Mine", 1000, null!, Severity.Blocking, English)).ParamName);
        Assert.Equal("severity", Assert.Throws<ArgumentNullException>(() => FindingCode.Custom("Mine", 1000, "ACME-001", null!, English)).ParamName);
        Assert.Equal("english", Assert.Throws<ArgumentNullException>(() => FindingCode.Custom("Mine", 1000, "ACME-001", Severity.Blocking, null!)).ParamName);
    }
}
