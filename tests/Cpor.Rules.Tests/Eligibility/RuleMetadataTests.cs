using Cpor.Rules.Eligibility;

namespace Cpor.Rules.Tests.Eligibility;

public sealed class RuleMetadataTests
{
    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    public void Constructor_BlankId_ThrowsArgumentExceptionNamingId(string id)
        => Assert.Equal("id", Assert.ThrowsAny<ArgumentException>(() => new RuleMetadata(id, "Name")).ParamName);

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    public void Constructor_BlankName_ThrowsArgumentExceptionNamingName(string name)
        => Assert.Equal("name", Assert.ThrowsAny<ArgumentException>(() => new RuleMetadata("CPOR-X", name)).ParamName);

    [Fact]
    public void Constructor_IdAndNameOnly_EmptyDescriptionBasisAndTagsAndPriorityZero()
    {
        var metadata = new RuleMetadata("CPOR-X", "Name");

        Assert.Equal("CPOR-X", metadata.Id);
        Assert.Equal("Name", metadata.Name);
        Assert.Equal(string.Empty, metadata.Description);
        Assert.Equal(string.Empty, metadata.Basis);
        Assert.Empty(metadata.Tags);
        Assert.Equal(0, metadata.Priority);
    }
}
