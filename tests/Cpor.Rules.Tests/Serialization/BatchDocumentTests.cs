using Cpor.Rules.Domain;
using Cpor.Rules.Evaluation;
using Cpor.Rules.Serialization;
using static Cpor.Rules.Tests.Scenario;

namespace Cpor.Rules.Tests.Serialization;

public sealed class BatchDocumentTests
{
    [Fact]
    public void Constructor_NullFacts_ThrowsArgumentNull()
        => Assert.Equal("facts", Assert.Throws<ArgumentNullException>(() => new BatchDocument(null, null!, [])).ParamName);

    [Fact]
    public void Constructor_NullClaims_ThrowsArgumentNull()
        => Assert.Equal("claims", Assert.Throws<ArgumentNullException>(() => new BatchDocument(null, FactSnapshot.Empty, null!)).ParamName);

    [Fact]
    public void Constructor_NullFirstClaim_ThrowsArgumentNullWithMessage()
    {
        var ex = Assert.Throws<ArgumentNullException>(() => new BatchDocument(null, FactSnapshot.Empty, new List<Claim> { null!, Claim(Raw()) }));

        Assert.Equal("claims", ex.ParamName);
        Assert.StartsWith("The batch holds a null claim.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_ClaimsList_CopiedSoLaterChangesDoNotShow()
    {
        var claims = new List<Claim> { Claim(Raw("C-1")) };

        var document = new BatchDocument(null, FactSnapshot.Empty, claims);
        claims.Add(Claim(Raw("C-2")));

        Assert.Single(document.Claims);
    }
}
