using Cpor.Rules.Serialization;

namespace Cpor.Rules.Tests.Serialization;

/// <summary>JSON paths name plain properties with a dot and any other name in quoted brackets, cut and escaped.</summary>
public sealed class JsonPathTests
{
    [Theory]
    [InlineData("claims", "$.claims")]
    [InlineData("_a$1", "$._a$1")]
    [InlineData("$", "$.$")]
    [InlineData("a b", "$['a b']")]
    [InlineData("1st", "$['1st']")]
    [InlineData("", "$['']")]
    [InlineData("it's", "$['it\\'s']")]
    [InlineData("back\\slash", "$['back\\\\slash']")]
    [InlineData("a-b", "$['a-b']")]
    [InlineData("회사", "$['회사']")]
    public void Property_Name_PlainWithADotOtherwiseQuoted(string name, string path)
        => Assert.Equal(path, JsonPath.Property("$", name));

    [Fact]
    public void Property_PlainNameOf64Characters_KeptWhole()
    {
        var name = new string('a', 64);

        Assert.Equal($"$.{name}", JsonPath.Property("$", name));
    }

    [Fact]
    public void Property_PlainNameLongerThan64Characters_QuotedAndCut()
    {
        var path = JsonPath.Property("$", new string('a', 65));

        Assert.StartsWith("$['aaaa", path, StringComparison.Ordinal);
        Assert.EndsWith("…']", path, StringComparison.Ordinal);
    }

    [Fact]
    public void Index_Parent_AppendsTheIndexInBrackets()
        => Assert.Equal("$.claims[12]", JsonPath.Index("$.claims", 12));

    [Fact]
    public void Read_RepeatedNameThatIsNotPlain_NamedInQuotedBrackets()
    {
        var refused = BatchJson.ReadRefusal("{\"claims\":[],\"extra\":{\"a b\":1,\"a b\":2}}");

        Assert.Equal("$.extra['a b']", Assert.Single(refused.Problems).Path);
    }
}
