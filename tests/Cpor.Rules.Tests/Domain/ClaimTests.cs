using System.Globalization;
using Cpor.Rules.Domain;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Cpor.Rules.Tests.Domain;

public sealed class ClaimTests
{
    /// <summary>The contract names of the fields <see cref="Claim.FromUnvalidated"/> reads into a typed property.</summary>
    private static readonly string[] TypedFields =
        ["claimId", "partnerId", "submittedBy", "tenantId", "customerDomain", "solutionArea", "activity", "submittedOn", "proofOfExecution.customerAcknowledgedOn"];

    /// <summary>A field, and a value for it that cannot be read (null: the field is missing).</summary>
    public static TheoryData<string, string?> BadFields => new()
    {
        { "claimId", null },
        { "claimId", string.Empty },
        { "claimId", "   " },
        { "claimId", "C-1\u0000" },
        { "partnerId", null },
        { "partnerId", "44-12345" },
        { "partnerId", "1234567890123" },
        { "partnerId", " 4412345" },
        { "submittedBy", null },
        { "submittedBy", "incentivesAdmin" },
        { "submittedBy", "Admin" },
        { "tenantId", null },
        { "tenantId", "not-a-guid" },
        { "tenantId", "00000000-0000-0000-0000-000000000000" },
        { "tenantId", "{1b2c3d4e-0000-4000-8000-00000000000a}" },
        { "tenantId", " 1b2c3d4e-0000-4000-8000-00000000000a" },
        { "customerDomain", null },
        { "customerDomain", "contoso" },
        { "customerDomain", "-contoso.com" },
        { "customerDomain", "contoso.com." },
        { "customerDomain", "contoso_x.com" },
        { "solutionArea", null },
        { "solutionArea", "Dynamics365" },
        { "solutionArea", "businessApplications" },
        { "activity", null },
        { "activity", "usage" },
        { "activity", "Consulting" },
        { "submittedOn", null },
        { "submittedOn", "2020-10-1" },
        { "submittedOn", "10/01/2020" },
        { "submittedOn", "2020-02-30" },
        { "submittedOn", "2020-10-01T00:00:00" },
        { "submittedOn", " 2020-10-01" },
        { "proofOfExecution.customerAcknowledgedOn", "2020-13-01" },
        { "proofOfExecution.customerAcknowledgedOn", string.Empty },
    };

    [Fact]
    public void Create_Valid_KeepsEveryValue()
    {
        var poe = Samples.Poe();

        var claim = Claim.Create(
            Samples.Id,
            Samples.Partner,
            PartnerRole.GlobalAdmin,
            Samples.Tenant,
            Samples.Domain,
            SolutionArea.Microsoft365,
            Activity.Usage,
            ["Teams"],
            Samples.SubmittedOn,
            poe);

        Assert.Equal(Samples.Id, claim.Id);
        Assert.Equal(Samples.Partner, claim.PartnerId);
        Assert.Same(PartnerRole.GlobalAdmin, claim.SubmittedBy);
        Assert.Equal(Samples.Tenant, claim.TenantId);
        Assert.Equal(Samples.Domain, claim.CustomerDomain);
        Assert.Same(SolutionArea.Microsoft365, claim.SolutionArea);
        Assert.Same(Activity.Usage, claim.Activity);
        Assert.Equal(Samples.SubmittedOn, claim.SubmittedOn);
        Assert.Same(poe, claim.ProofOfExecution);
        Assert.Null(claim.SubscriptionId);
        Assert.Null(claim.MalformedSubscriptionId);
        Assert.Empty(claim.DataErrors);
        Assert.Equal("Teams", Assert.Single(claim.Lines).Product);
    }

    [Fact]
    public void Create_WithSubscriptionAndNoPoe_KeepsThem()
    {
        var claim = Claim.Create(
            Samples.Id, Samples.Partner, PartnerRole.BillingAdmin, Samples.Tenant, Samples.Domain,
            SolutionArea.BusinessApplications, Activity.PreSales, [Samples.Product], Samples.SubmittedOn, null, Samples.Subscription);

        Assert.Equal(Samples.Subscription, claim.SubscriptionId);
        Assert.Null(claim.ProofOfExecution);
    }

    [Fact]
    public void Create_SeveralProducts_OneLinePerProductInOrder()
    {
        var claim = Samples.NewClaim("Dynamics 365 Sales", "Dynamics 365 Field Service", "Dynamics 365 Finance");

        Assert.Equal(["Dynamics 365 Sales", "Dynamics 365 Field Service", "Dynamics 365 Finance"], claim.Lines.Select(l => l.Product));
        Assert.Equal([0, 1, 2], claim.Lines.Select(l => l.Index));
        Assert.All(claim.Lines, line => Assert.Same(claim, line.Claim));
    }

    [Fact]
    public void Create_CopiesTheProducts()
    {
        var products = new List<string> { "Teams" };
        var claim = Claim.Create(
            Samples.Id, Samples.Partner, PartnerRole.BillingAdmin, Samples.Tenant, Samples.Domain,
            SolutionArea.Microsoft365, Activity.Usage, products, Samples.SubmittedOn, null);

        products.Add("Exchange");

        Assert.Single(claim.Lines);
    }

    [Fact]
    public void Create_DefaultClaimId_ThrowsArgumentExceptionNamingId()
        => AssertCreateRefuses<ArgumentException>("id", id: default(ClaimId));

    [Fact]
    public void Create_DefaultPartnerId_ThrowsArgumentExceptionNamingPartnerId()
        => AssertCreateRefuses<ArgumentException>("partnerId", partnerId: default(PartnerId));

    [Fact]
    public void Create_DefaultTenantId_ThrowsArgumentExceptionNamingTenantId()
        => AssertCreateRefuses<ArgumentException>("tenantId", tenantId: default(TenantId));

    [Fact]
    public void Create_DefaultDomain_ThrowsArgumentExceptionNamingCustomerDomain()
        => AssertCreateRefuses<ArgumentException>("customerDomain", customerDomain: default(CustomerDomain));

    [Fact]
    public void Create_DefaultSubscriptionId_ThrowsArgumentExceptionNamingSubscriptionId()
        => AssertCreateRefuses<ArgumentException>("subscriptionId", subscriptionId: default(SubscriptionId));

    [Fact]
    public void Create_NullRole_ThrowsArgumentNullExceptionNamingSubmittedBy()
        => AssertCreateRefuses<ArgumentNullException>("submittedBy", nullRole: true);

    [Fact]
    public void Create_NullSolutionArea_ThrowsArgumentNullExceptionNamingSolutionArea()
        => AssertCreateRefuses<ArgumentNullException>("solutionArea", nullArea: true);

    [Fact]
    public void Create_NullActivity_ThrowsArgumentNullExceptionNamingActivity()
        => AssertCreateRefuses<ArgumentNullException>("activity", nullActivity: true);

    [Fact]
    public void Create_NullProducts_ThrowsArgumentNullExceptionNamingProducts()
        => AssertCreateRefuses<ArgumentNullException>("products", products: null, nullProducts: true);

    [Fact]
    public void Create_NoProducts_ThrowsArgumentExceptionNamingProducts()
        => AssertCreateRefuses<ArgumentException>("products", products: []);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" ")]
    public void Create_BlankProduct_ThrowsArgumentExceptionNamingProducts(string? product)
        => AssertCreateRefuses<ArgumentException>("products", products: ["Teams", product!]);

    [Fact]
    public void FromUnvalidated_Null_ThrowsArgumentNullException()
        => Assert.Equal("claim", Assert.Throws<ArgumentNullException>(() => Claim.FromUnvalidated(null!)).ParamName);

    [Fact]
    public void FromUnvalidated_CompleteValidClaim_HasNoDataErrorsAndTheTypedValues()
    {
        var claim = Claim.FromUnvalidated(Samples.RawClaim());

        Assert.Empty(claim.DataErrors);
        Assert.Equal(Samples.Id, claim.Id);
        Assert.Equal(Samples.Partner, claim.PartnerId);
        Assert.Same(PartnerRole.IncentivesAdmin, claim.SubmittedBy);
        Assert.Equal(Samples.Tenant, claim.TenantId);
        Assert.Equal(Samples.Domain, claim.CustomerDomain);
        Assert.Same(SolutionArea.BusinessApplications, claim.SolutionArea);
        Assert.Same(Activity.PreSales, claim.Activity);
        Assert.Equal(Samples.Subscription, claim.SubscriptionId);
        Assert.Null(claim.MalformedSubscriptionId);
        Assert.Equal(Samples.SubmittedOn, claim.SubmittedOn);
        Assert.Equal(Samples.Product, Assert.Single(claim.Lines).Product);
        Assert.NotNull(claim.ProofOfExecution);
        Assert.Equal(Samples.AcknowledgedOn, claim.ProofOfExecution.CustomerAcknowledgedOn);
        Assert.True(claim.ProofOfExecution.DescribesPartnerService);
        Assert.Equal([Samples.Product], claim.ProofOfExecution.Products);
    }

    [Fact]
    public void FromUnvalidated_MixedCaseDomainAndGuid_ReadsThemLikeParse()
    {
        var claim = Claim.FromUnvalidated(Samples.RawClaim() with
        {
            CustomerDomain = "Contoso.OnMicrosoft.COM",
            TenantId = Samples.TenantText.ToUpperInvariant(),
        });

        Assert.Empty(claim.DataErrors);
        Assert.Equal(Samples.Domain, claim.CustomerDomain);
        Assert.Equal(Samples.Tenant, claim.TenantId);
    }

    [Theory]
    [MemberData(nameof(BadFields))]
    public void FromUnvalidated_OneBadField_OneDataErrorNamingFieldAndValue(string field, string? value)
    {
        var claim = Claim.FromUnvalidated(With(Samples.RawClaim(), field, value));

        var error = Assert.Single(claim.DataErrors);
        Assert.Equal(field, error.Field);
        Assert.Equal(value, error.Value);
        Assert.False(string.IsNullOrWhiteSpace(error.Reason));
        if (value is not null)
        {
            Assert.Contains(EchoText.Quote(value), error.Reason, StringComparison.Ordinal);
        }

        Assert.Null(Typed(claim, field));
        Assert.All(TypedFields.Where(f => f != field), other => Assert.NotNull(Typed(claim, other)));
        Assert.Equal(Samples.Product, Assert.Single(claim.Lines).Product);
    }

    [Theory]
    [InlineData("submittedBy", "incentivesAdmin", "IncentivesAdmin")]
    [InlineData("activity", "usage", "RevenueAssociation")]
    [InlineData("solutionArea", "microsoft365", "BusinessApplications, Microsoft365")]
    public void FromUnvalidated_UnknownEnumName_ReasonListsTheExpectedNames(string field, string value, string expected)
    {
        var error = Assert.Single(Claim.FromUnvalidated(With(Samples.RawClaim(), field, value)).DataErrors);

        Assert.Contains(expected, error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void FromUnvalidated_SeveralBadFields_OneDataErrorEach()
    {
        var raw = Samples.RawClaim() with { TenantId = "nope", Activity = "usage", PartnerId = null, SubmittedOn = "yesterday" };

        var claim = Claim.FromUnvalidated(raw);

        Assert.Equal(["activity", "partnerId", "submittedOn", "tenantId"], claim.DataErrors.Select(e => e.Field).Order(StringComparer.Ordinal));
        Assert.Equal(Samples.Id, claim.Id);
        Assert.Equal(Samples.Domain, claim.CustomerDomain);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void FromUnvalidated_NoProducts_OneDataErrorForProductsAndNoLines(bool emptyList)
    {
        var claim = Claim.FromUnvalidated(Samples.RawClaim() with { Products = emptyList ? [] : null });

        var error = Assert.Single(claim.DataErrors);
        Assert.Equal("products", error.Field);
        Assert.Null(error.Value);
        Assert.Empty(claim.Lines);
        Assert.Equal(Samples.Tenant, claim.TenantId);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void FromUnvalidated_BlankProduct_DataErrorAtItsIndexOtherProductsKept(string? blank)
    {
        var claim = Claim.FromUnvalidated(Samples.RawClaim() with { Products = ["Teams", blank, "Exchange"] });

        var error = Assert.Single(claim.DataErrors);
        Assert.Equal("products[1]", error.Field);
        Assert.Equal(blank, error.Value);
        Assert.Equal(["Teams", "Exchange"], claim.Lines.Select(l => l.Product));
        Assert.Equal([0, 1], claim.Lines.Select(l => l.Index));
    }

    [Theory]
    [InlineData("sub-123")]
    [InlineData("")]
    [InlineData("9f8e7d6c5b4a432187650123456789ab")]
    [InlineData("00000000-0000-0000-0000-000000000000")]
    [InlineData(" 9f8e7d6c-5b4a-4321-8765-0123456789ab")]
    public void FromUnvalidated_NonGuidSubscriptionId_IsMalformedSubscriptionIdNotADataError(string text)
    {
        var claim = Claim.FromUnvalidated(Samples.RawClaim() with { SubscriptionId = text });

        Assert.Empty(claim.DataErrors);
        Assert.Null(claim.SubscriptionId);
        Assert.Equal(text, claim.MalformedSubscriptionId);
    }

    [Fact]
    public void FromUnvalidated_NoSubscriptionId_NeitherSubscriptionNorMalformed()
    {
        var claim = Claim.FromUnvalidated(Samples.RawClaim() with { SubscriptionId = null });

        Assert.Empty(claim.DataErrors);
        Assert.Null(claim.SubscriptionId);
        Assert.Null(claim.MalformedSubscriptionId);
    }

    [Fact]
    public void FromUnvalidated_NoProofOfExecution_IsNoDataError()
    {
        var claim = Claim.FromUnvalidated(Samples.RawClaim() with { ProofOfExecution = null });

        Assert.Empty(claim.DataErrors);
        Assert.Null(claim.ProofOfExecution);
    }

    [Fact]
    public void FromUnvalidated_PoeWithoutAcknowledgment_IsNoDataError()
    {
        var claim = Claim.FromUnvalidated(Samples.RawClaim() with
        {
            ProofOfExecution = new UnvalidatedProofOfExecution { DescribesPartnerService = false, Products = null },
        });

        Assert.Empty(claim.DataErrors);
        Assert.NotNull(claim.ProofOfExecution);
        Assert.Null(claim.ProofOfExecution.CustomerAcknowledgedOn);
        Assert.False(claim.ProofOfExecution.DescribesPartnerService);
        Assert.Empty(claim.ProofOfExecution.Products);
    }

    [Fact]
    public void FromUnvalidated_PoeMissingDescribesPartnerService_OneDataErrorRestKept()
    {
        var claim = Claim.FromUnvalidated(Samples.RawClaim() with
        {
            ProofOfExecution = Samples.RawClaim().ProofOfExecution! with { DescribesPartnerService = null },
        });

        var error = Assert.Single(claim.DataErrors);
        Assert.Equal("proofOfExecution.describesPartnerService", error.Field);
        Assert.Null(error.Value);
        Assert.NotNull(claim.ProofOfExecution);
        Assert.Equal(Samples.AcknowledgedOn, claim.ProofOfExecution.CustomerAcknowledgedOn);
        Assert.Equal([Samples.Product], claim.ProofOfExecution.Products);
    }

    [Fact]
    public void FromUnvalidated_PoeBlankProduct_DataErrorAtItsIndexOtherProductsKept()
    {
        var claim = Claim.FromUnvalidated(Samples.RawClaim() with
        {
            ProofOfExecution = Samples.RawClaim().ProofOfExecution! with { Products = [" ", Samples.Product] },
        });

        var error = Assert.Single(claim.DataErrors);
        Assert.Equal("proofOfExecution.products[0]", error.Field);
        Assert.Equal(" ", error.Value);
        Assert.Equal([Samples.Product], claim.ProofOfExecution!.Products);
    }

    [Fact]
    public void FromUnvalidated_ReadErrors_ComeFirstAsGivenWithoutNulls()
    {
        var readError = new ClaimDataError("extra", "42", "expected text");

        var claim = Claim.FromUnvalidated(Samples.RawClaim() with { ReadErrors = [null!, readError], Activity = "usage" });

        Assert.Equal(2, claim.DataErrors.Count);
        Assert.Same(readError, claim.DataErrors[0]);
        Assert.Equal("activity", claim.DataErrors[1].Field);
    }

    [Fact]
    public void FromUnvalidated_ReadErrorForAMissingField_IsNotReportedAgainAsMissing()
    {
        var readError = new ClaimDataError("tenantId", "42", "expected a string, found a number");

        var claim = Claim.FromUnvalidated(Samples.RawClaim() with { TenantId = null, ReadErrors = [readError] });

        Assert.Same(readError, Assert.Single(claim.DataErrors));
        Assert.Null(claim.TenantId);
    }

    [Fact]
    public void FromUnvalidated_ReadErrorForProducts_IsNotReportedAgainAsMissing()
    {
        var readError = new ClaimDataError("products", "\"Teams\"", "expected an array");

        var claim = Claim.FromUnvalidated(Samples.RawClaim() with { Products = null, ReadErrors = [readError] });

        Assert.Same(readError, Assert.Single(claim.DataErrors));
    }

    [Fact]
    public void FromUnvalidated_ReadErrorForOneFieldAnotherMissing_ReportsBoth()
    {
        var readError = new ClaimDataError("tenantId", "42", "expected a string, found a number");

        var claim = Claim.FromUnvalidated(Samples.RawClaim() with { TenantId = null, ClaimId = null, ReadErrors = [readError] });

        Assert.Equal(["tenantId", "claimId"], claim.DataErrors.Select(e => e.Field));
    }

    [Fact]
    public void ToString_NamesTheClaimId()
    {
        Assert.Equal("Claim C-1001", Samples.NewClaim().ToString());
        Assert.Equal("Claim (no id)", Claim.FromUnvalidated(Samples.RawClaim() with { ClaimId = null }).ToString());
    }

    // FromUnvalidated is cheap and its input space is wide (13 fields, each valid, near-valid or arbitrary):
    // 500 cases explore many more combinations than the default 100 in well under a second.
    [Property(MaxTest = 500, Arbitrary = new[] { typeof(Arbitraries) })]
    public void FromUnvalidated_AnyInput_NeverThrowsAndKeepsEveryReadableProduct(RawClaim raw)
    {
        var claim = Claim.FromUnvalidated(raw.Value);

        var readable = raw.Value.Products?.Where(p => !string.IsNullOrWhiteSpace(p)).ToArray() ?? [];
        Assert.Equal(readable, claim.Lines.Select(l => l.Product));
        Assert.All(claim.DataErrors, e => Assert.NotNull(e));
    }

    // See above for the number of cases.
    [Property(MaxTest = 500, Arbitrary = new[] { typeof(Arbitraries) })]
    public void FromUnvalidated_AnyInput_FieldIsNullExactlyWhenADataErrorNamesIt(RawClaimWithoutReadErrors raw)
    {
        var claim = Claim.FromUnvalidated(raw.Value);

        var named = claim.DataErrors.Select(e => e.Field).ToHashSet(StringComparer.Ordinal);
        foreach (var field in TypedFields.Where(f => f != "proofOfExecution.customerAcknowledgedOn" || raw.Value.ProofOfExecution?.CustomerAcknowledgedOn is not null))
        {
            Assert.True((Typed(claim, field) is null) == named.Contains(field), $"{field}: {Typed(claim, field)} / {string.Join("; ", claim.DataErrors)}");
        }

        Assert.Equal(raw.Value.Products is null || raw.Value.Products.Count == 0, named.Contains("products"));
        Assert.Equal(claim.SubscriptionId is null && raw.Value.SubscriptionId is not null, claim.MalformedSubscriptionId is not null);
        Assert.All(claim.DataErrors, e => Assert.True(
            TypedFields.Contains(e.Field) || e.Field is "products" or "proofOfExecution.describesPartnerService"
            || e.Field.StartsWith("products[", StringComparison.Ordinal) || e.Field.StartsWith("proofOfExecution.products[", StringComparison.Ordinal),
            e.Field));
        if (claim.TenantId is { } tenant)
        {
            Assert.Equal(TenantId.Parse(raw.Value.TenantId!), tenant);
        }

        if (claim.CustomerDomain is { } domain)
        {
            Assert.Equal(CustomerDomain.Parse(raw.Value.CustomerDomain!), domain);
        }
    }

    private static void AssertCreateRefuses<TException>(
        string paramName,
        ClaimId? id = null,
        PartnerId? partnerId = null,
        TenantId? tenantId = null,
        CustomerDomain? customerDomain = null,
        SubscriptionId? subscriptionId = null,
        bool nullRole = false,
        bool nullArea = false,
        bool nullActivity = false,
        string[]? products = null,
        bool nullProducts = false)
        where TException : ArgumentException
    {
        var ex = Assert.Throws<TException>(() => Claim.Create(
            id ?? Samples.Id,
            partnerId ?? Samples.Partner,
            nullRole ? null! : PartnerRole.IncentivesAdmin,
            tenantId ?? Samples.Tenant,
            customerDomain ?? Samples.Domain,
            nullArea ? null! : SolutionArea.BusinessApplications,
            nullActivity ? null! : Activity.PreSales,
            nullProducts ? null! : products ?? [Samples.Product],
            Samples.SubmittedOn,
            Samples.Poe(),
            subscriptionId ?? Samples.Subscription));
        Assert.Equal(paramName, ex.ParamName);
    }

    private static UnvalidatedClaim With(UnvalidatedClaim raw, string field, string? value) => field switch
    {
        "claimId" => raw with { ClaimId = value },
        "partnerId" => raw with { PartnerId = value },
        "submittedBy" => raw with { SubmittedBy = value },
        "tenantId" => raw with { TenantId = value },
        "customerDomain" => raw with { CustomerDomain = value },
        "solutionArea" => raw with { SolutionArea = value },
        "activity" => raw with { Activity = value },
        "submittedOn" => raw with { SubmittedOn = value },
        "proofOfExecution.customerAcknowledgedOn" => raw with { ProofOfExecution = raw.ProofOfExecution! with { CustomerAcknowledgedOn = value } },
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "not a field of the test"),
    };

    private static object? Typed(Claim claim, string field) => field switch
    {
        "claimId" => claim.Id,
        "partnerId" => claim.PartnerId,
        "submittedBy" => claim.SubmittedBy,
        "tenantId" => claim.TenantId,
        "customerDomain" => claim.CustomerDomain,
        "solutionArea" => claim.SolutionArea,
        "activity" => claim.Activity,
        "submittedOn" => claim.SubmittedOn,
        "proofOfExecution.customerAcknowledgedOn" => claim.ProofOfExecution?.CustomerAcknowledgedOn,
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "not a field of the test"),
    };

    public sealed record RawClaim(UnvalidatedClaim Value);

    public sealed record RawClaimWithoutReadErrors(UnvalidatedClaim Value);

    public static class Arbitraries
    {
        private static readonly Gen<string?> Dates = Gen.OneOf(
            Gen.Choose(-30000, 30000).Select(days => (string?)new DateOnly(2020, 1, 1).AddDays(days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            Gen.Elements<string?>("2020-02-30", "2020-13-01", "2020-1-01", "01/10/2020", "2020-10-01T00:00:00Z", " 2020-10-01", "20201001", "0000-01-01"),
            Generators.AnyText);

        private static readonly Gen<string?> Products = Gen.OneOf(
            Gen.Elements<string?>("Teams", "Exchange", Samples.Product, "teams"),
            Generators.AnyText);

        private static readonly Gen<UnvalidatedProofOfExecution?> Poes = Gen.Frequency(
            (1, Gen.Constant<UnvalidatedProofOfExecution?>(null)),
            (4, from acknowledged in Gen.OneOf(Dates, Gen.Constant<string?>(null))
                from describes in Gen.Elements<bool?>(true, false, null)
                from products in ProductLists()
                select (UnvalidatedProofOfExecution?)new UnvalidatedProofOfExecution
                {
                    CustomerAcknowledgedOn = acknowledged,
                    DescribesPartnerService = describes,
                    Products = products,
                }));

        private static readonly Gen<IReadOnlyList<ClaimDataError>?> ReadErrors = Gen.Frequency(
            (3, Gen.Constant<IReadOnlyList<ClaimDataError>?>(null)),
            (1, Gen.ListOf(Gen.OneOf(
                    from field in Gen.Elements("tenantId", "claimId", "products", "products[0]", "extra", "proofOfExecution.describesPartnerService")
                    from value in Generators.AnyText
                    select new ClaimDataError(field, value, "the reader could not read it"),
                    Gen.Constant<ClaimDataError>(null!)))
                .Select(list => (IReadOnlyList<ClaimDataError>?)list.ToArray())));

        public static Arbitrary<RawClaim> RawClaims()
            => (from raw in Claims()
                from readErrors in ReadErrors
                select new RawClaim(raw with { ReadErrors = readErrors }))
                .ToArbitrary();

        public static Arbitrary<RawClaimWithoutReadErrors> RawClaimsWithoutReadErrors()
            => Claims().Select(raw => new RawClaimWithoutReadErrors(raw)).ToArbitrary();

        /// <summary>Every field valid, a near miss, or arbitrary text (null included), independently of the others.</summary>
        private static Gen<UnvalidatedClaim> Claims() =>
            from claimId in Gen.OneOf(Gen.Elements<string?>("C-1001", "c 1", "C-\u0007"), Generators.AnyText)
            from partnerId in Gen.OneOf(Generators.DigitText.Select(t => (string?)t), Gen.Elements<string?>("44-1", "1234567890123", " 1"), Generators.AnyText)
            from submittedBy in ContractNameOr(PartnerRole.List.Select(r => r.Name))
            from tenantId in GuidOr()
            from domain in Gen.OneOf(Generators.DnsName.Select(t => (string?)t), Generators.MalformedDnsName.Select(t => (string?)t), Generators.AnyText)
            from area in ContractNameOr(SolutionArea.List.Select(a => a.Name))
            from activity in ContractNameOr(Activity.List.Select(a => a.Name))
            from products in ProductLists()
            from subscriptionId in Gen.OneOf(GuidOr(), Gen.Constant<string?>(null))
            from submittedOn in Dates
            from poe in Poes
            select new UnvalidatedClaim
            {
                ClaimId = claimId,
                PartnerId = partnerId,
                SubmittedBy = submittedBy,
                TenantId = tenantId,
                CustomerDomain = domain,
                SolutionArea = area,
                Activity = activity,
                Products = products,
                SubscriptionId = subscriptionId,
                SubmittedOn = submittedOn,
                ProofOfExecution = poe,
            };

        private static Gen<IReadOnlyList<string?>?> ProductLists()
            => Gen.Frequency(
                (1, Gen.Constant<IReadOnlyList<string?>?>(null)),
                (5, Gen.ListOf(Products).Select(list => (IReadOnlyList<string?>?)list.ToArray())));

        private static Gen<string?> GuidOr()
            => Gen.OneOf(
                Generators.GuidText.Select(t => (string?)t),
                Generators.MalformedGuidText.Select(t => (string?)t),
                Generators.AnyText);

        private static Gen<string?> ContractNameOr(IEnumerable<string> names)
        {
            var exact = names.ToArray();
            return Gen.OneOf(
                Gen.Elements(exact).Select(n => (string?)n),
                Gen.Elements(exact).Select(n => (string?)n.ToLowerInvariant()),
                Generators.AnyText);
        }
    }
}
