using Cpor.Rules.Domain;

namespace Cpor.Rules.Tests.Domain;

public sealed class ProofOfExecutionTests
{
    [Fact]
    public void Constructor_Valid_KeepsEveryValue()
    {
        var poe = new ProofOfExecution(Samples.AcknowledgedOn, describesPartnerService: true, ["Teams", "Exchange"]);

        Assert.Equal(Samples.AcknowledgedOn, poe.CustomerAcknowledgedOn);
        Assert.True(poe.DescribesPartnerService);
        Assert.Equal(["Teams", "Exchange"], poe.Products);
    }

    [Fact]
    public void Constructor_NoAcknowledgmentNoProducts_IsAccepted()
    {
        var poe = new ProofOfExecution(null, describesPartnerService: false, []);

        Assert.Null(poe.CustomerAcknowledgedOn);
        Assert.False(poe.DescribesPartnerService);
        Assert.Empty(poe.Products);
    }

    [Fact]
    public void Constructor_NullProducts_ThrowsArgumentNullExceptionNamingProducts()
        => Assert.Equal("products", Assert.Throws<ArgumentNullException>(() => new ProofOfExecution(null, true, null!)).ParamName);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void Constructor_BlankProduct_ThrowsArgumentExceptionNamingProducts(string? product)
        => Assert.Equal("products", Assert.Throws<ArgumentException>(() => new ProofOfExecution(null, true, ["Teams", product!])).ParamName);

    [Theory]
    [InlineData("Dynamics 365 Sales", true)]
    [InlineData("dynamics 365 sales", true)]
    [InlineData("DYNAMICS 365 SALES", true)]
    [InlineData("Dynamics 365 Sale", false)]
    [InlineData("Dynamics 365 Sales ", false)]
    [InlineData("Teams", false)]
    public void Lists_IgnoresLetterCaseOnly(string product, bool expected)
        => Assert.Equal(expected, Samples.Poe().Lists(product));

    [Fact]
    public void Constructor_CopiesTheProducts()
    {
        var products = new List<string> { "Teams" };
        var poe = new ProofOfExecution(null, true, products);

        products.Add("Exchange");

        Assert.False(poe.Lists("Exchange"));
        Assert.Single(poe.Products);
    }
}
