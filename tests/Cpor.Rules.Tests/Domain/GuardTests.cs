using Cpor.Rules.Domain;

namespace Cpor.Rules.Tests.Domain;

public sealed class GuardTests
{
    [Fact]
    public void NotDefault_Default_ThrowsNamingTheCallersArgumentAndTheType()
    {
        TenantId tenant = default;

        var ex = Assert.Throws<ArgumentException>(() => Guard.NotDefault(tenant));

        Assert.Equal("tenant", ex.ParamName);
        Assert.Contains("TenantId is the default value", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NotDefault_Value_ReturnsIt()
    {
        Assert.Equal(Samples.Tenant, Guard.NotDefault(Samples.Tenant));
        Assert.Equal(Samples.Subscription, Guard.NotDefault(Samples.Subscription));
        Assert.Equal(Samples.Partner, Guard.NotDefault(Samples.Partner));
        Assert.Equal(Samples.Id, Guard.NotDefault(Samples.Id));
        Assert.Equal(Samples.Domain, Guard.NotDefault(Samples.Domain));
    }

    [Fact]
    public void NotNull_Null_ThrowsNamingTheCallersArgument()
    {
        Activity? activity = null;

        Assert.Equal("activity", Assert.Throws<ArgumentNullException>(() => Guard.NotNull(activity)).ParamName);
    }

    [Fact]
    public void Names_Valid_ReturnsACopy()
    {
        var names = new List<string> { "Teams", "Exchange" };

        var copy = Guard.Names(names);
        names[0] = "Changed";

        Assert.Equal(["Teams", "Exchange"], copy);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("\t")]
    public void Names_BlankEntry_ThrowsNamingTheCallersArgument(string? blank)
    {
        string[] workloads = ["Teams", blank!];

        Assert.Equal("workloads", Assert.Throws<ArgumentException>(() => Guard.Names(workloads)).ParamName);
    }

    [Fact]
    public void Names_Null_ThrowsNamingTheCallersArgument()
    {
        IEnumerable<string>? products = null;

        Assert.Equal("products", Assert.Throws<ArgumentNullException>(() => Guard.Names(products!)).ParamName);
    }
}
