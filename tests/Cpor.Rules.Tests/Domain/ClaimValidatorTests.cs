using Cpor.Rules.Domain;

namespace Cpor.Rules.Tests.Domain;

/// <summary>
/// The typed questions a validated claim answers for the rules. What <see cref="ClaimValidator"/> reads and reports is
/// tested through its public entry, <see cref="Claim.FromUnvalidated"/>, in <see cref="ClaimTests"/>.
/// </summary>
public sealed class ClaimValidatorTests
{
    private const string AcknowledgedOnPath = "proofOfExecution.customerAcknowledgedOn";
    private const string DescribesPartnerServicePath = "proofOfExecution.describesPartnerService";

    [Fact]
    public void Validate_CompleteClaim_EveryFieldReadable()
    {
        var claim = ClaimValidator.Validate(Samples.RawClaim());

        Assert.False(claim.HasUnreadableAcknowledgmentDate);
        Assert.False(claim.HasUnreadableServiceDescription);
    }

    [Fact]
    public void Create_AnyClaim_EveryFieldReadable()
    {
        var claim = Samples.NewClaim();

        Assert.False(claim.HasUnreadableAcknowledgmentDate);
        Assert.False(claim.HasUnreadableServiceDescription);
    }

    [Fact]
    public void Validate_MalformedAcknowledgmentDate_UnreadableAndReportedAtItsContractPath()
    {
        var claim = ClaimValidator.Validate(Samples.RawClaim().WithPoe(p => p with { CustomerAcknowledgedOn = "15/09/2020" }));

        Assert.True(claim.HasUnreadableAcknowledgmentDate);
        Assert.False(claim.HasUnreadableServiceDescription);
        Assert.Equal(AcknowledgedOnPath, Assert.Single(claim.DataErrors).Field);
        Assert.Null(claim.ProofOfExecution!.CustomerAcknowledgedOn);
    }

    [Fact]
    public void Validate_NoAcknowledgmentDate_MissingButNotUnreadable()
    {
        var claim = ClaimValidator.Validate(Samples.RawClaim().WithPoe(p => p with { CustomerAcknowledgedOn = null }));

        Assert.False(claim.HasUnreadableAcknowledgmentDate);
        Assert.Empty(claim.DataErrors);
    }

    [Fact]
    public void Validate_AcknowledgmentDateTheReaderCouldNotRead_Unreadable()
    {
        var readError = new ClaimDataError(AcknowledgedOnPath, "20200915", "expected text, found a number");

        var claim = ClaimValidator.Validate(Samples.RawClaim().WithPoe(p => p with { CustomerAcknowledgedOn = null }) with { ReadErrors = [readError] });

        Assert.True(claim.HasUnreadableAcknowledgmentDate);
        Assert.Same(readError, Assert.Single(claim.DataErrors));
    }

    [Fact]
    public void Validate_MissingServiceDescription_UnreadableAndReportedAtItsContractPath()
    {
        var claim = ClaimValidator.Validate(Samples.RawClaim().WithPoe(p => p with { DescribesPartnerService = null }));

        Assert.True(claim.HasUnreadableServiceDescription);
        Assert.False(claim.HasUnreadableAcknowledgmentDate);
        Assert.Equal(DescribesPartnerServicePath, Assert.Single(claim.DataErrors).Field);
    }

    [Fact]
    public void Validate_ServiceDescriptionTheReaderCouldNotRead_UnreadableAndReportedOnce()
    {
        var readError = new ClaimDataError(DescribesPartnerServicePath, null, "expected true or false, found text");

        var claim = ClaimValidator.Validate(Samples.RawClaim().WithPoe(p => p with { DescribesPartnerService = null }) with { ReadErrors = [readError] });

        Assert.True(claim.HasUnreadableServiceDescription);
        Assert.Same(readError, Assert.Single(claim.DataErrors));
    }

    [Fact]
    public void Validate_ServiceNotDescribed_ReadableFalse()
    {
        var claim = ClaimValidator.Validate(Samples.RawClaim().WithPoe(p => p with { DescribesPartnerService = false }));

        Assert.False(claim.HasUnreadableServiceDescription);
        Assert.False(claim.ProofOfExecution!.DescribesPartnerService);
    }

    [Fact]
    public void Validate_OtherFieldsUnreadable_PoeFieldsReadable()
    {
        var claim = ClaimValidator.Validate(Samples.RawClaim() with { SubmittedOn = "yesterday", TenantId = "x", Products = null });

        Assert.Equal(3, claim.DataErrors.Count);
        Assert.False(claim.HasUnreadableAcknowledgmentDate);
        Assert.False(claim.HasUnreadableServiceDescription);
    }

    [Fact]
    public void Validate_Null_ThrowsArgumentNullException()
        => Assert.Equal("claim", Assert.Throws<ArgumentNullException>(() => ClaimValidator.Validate(null!)).ParamName);
}
