using Cpor.Rules.Arbitration;
using static Cpor.Rules.Tests.Arbitration.ArbitrationScenario;
using static Cpor.Rules.Tests.Scenario;

namespace Cpor.Rules.Tests.Arbitration;

public sealed class ContenderTests
{
    [Fact]
    public void ForClaim_ReadableLine_CarriesPartnerPoeDateClaimAndKey()
    {
        var line = Claim(Claimant("C-7", Rival, "2020-09-12")).Lines[0];

        var contender = Contender.ForClaim(line, SalesKey);

        Assert.Equal(Rival, contender.PartnerId);
        Assert.Equal(Day("2020-09-12"), contender.PoeAcknowledgedOn);
        Assert.Equal("C-7", contender.ClaimId!.Value.Value);
        Assert.Same(line, contender.Line);
        Assert.Equal(SalesKey, contender.Key);
        Assert.False(contender.IsIncumbent);
        Assert.Null(contender.Incumbent);
    }

    [Fact]
    public void ForClaim_NullLine_ThrowsArgumentNull()
        => Assert.Equal("line", Assert.Throws<ArgumentNullException>(() => Contender.ForClaim(null!, SalesKey)).ParamName);

    [Fact]
    public void ForClaim_DefaultKey_ThrowsArgumentExceptionNamingKey()
    {
        var line = Claim(Raw()).Lines[0];

        Assert.Equal("key", Assert.Throws<ArgumentException>(() => Contender.ForClaim(line, default)).ParamName);
    }

    [Fact]
    public void ForClaim_UnreadablePartnerId_ThrowsArgumentException()
    {
        var line = Claim(Raw() with { PartnerId = "not digits" }).Lines[0];

        Assert.Equal("line", Assert.Throws<ArgumentException>(() => Contender.ForClaim(line, SalesKey)).ParamName);
    }

    [Fact]
    public void ForClaim_NoProofOfExecution_ThrowsArgumentException()
    {
        var line = Claim(Raw() with { ProofOfExecution = null }).Lines[0];

        Assert.Equal("line", Assert.Throws<ArgumentException>(() => Contender.ForClaim(line, SalesKey)).ParamName);
    }

    [Fact]
    public void ForClaim_PoeWithoutAcknowledgment_ThrowsArgumentException()
    {
        var line = Claim(Raw().WithPoe(p => p with { CustomerAcknowledgedOn = null })).Lines[0];

        Assert.Equal("line", Assert.Throws<ArgumentException>(() => Contender.ForClaim(line, SalesKey)).ParamName);
    }

    [Fact]
    public void ForIncumbent_Association_CarriesItsPartnerKeyAndPoeDateWithoutClaim()
    {
        var association = Holds(Rival, Sales, Day("2020-08-20"));

        var contender = Contender.ForIncumbent(association);

        Assert.True(contender.IsIncumbent);
        Assert.Same(association, contender.Incumbent);
        Assert.Equal(Rival, contender.PartnerId);
        Assert.Equal(SalesKey, contender.Key);
        Assert.Equal(Day("2020-08-20"), contender.PoeAcknowledgedOn);
        Assert.Null(contender.Line);
        Assert.Null(contender.ClaimId);
    }

    [Fact]
    public void ForIncumbent_Null_ThrowsArgumentNull()
        => Assert.Equal("association", Assert.Throws<ArgumentNullException>(() => Contender.ForIncumbent(null!)).ParamName);

    [Fact]
    public void ToString_ClaimantAndIncumbent_SayWhichAndShowPoeDate()
    {
        Assert.Equal($"claim C-1 by {Partner} (PoE 2020-09-01)", Candidate("C-1", Partner, "2020-09-01").ToString());
        Assert.Equal($"incumbent {Rival} (PoE 2020-08-01)", Incumbent(Rival, "2020-08-01").ToString());
    }

    [Fact]
    public void ForClaim_DefaultKey_MessageSaysTheKeyNamesNothing()
    {
        var line = Claim(Raw()).Lines[0];

        Assert.StartsWith("The association key is the default value", Assert.Throws<ArgumentException>(() => Contender.ForClaim(line, default)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ForClaim_UnreadablePartnerId_MessageSaysThereIsNoPartnerId()
    {
        var line = Claim(Raw() with { PartnerId = "not digits" }).Lines[0];

        Assert.StartsWith("The claim has no partner ID.", Assert.Throws<ArgumentException>(() => Contender.ForClaim(line, SalesKey)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ForClaim_NoProofOfExecution_MessageSaysThereIsNoAcknowledgedPoe()
    {
        var line = Claim(Raw() with { ProofOfExecution = null }).Lines[0];

        Assert.StartsWith("The claim has no acknowledged proof of execution.", Assert.Throws<ArgumentException>(() => Contender.ForClaim(line, SalesKey)).Message, StringComparison.Ordinal);
    }
}
