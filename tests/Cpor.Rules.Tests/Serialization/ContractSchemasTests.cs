using Cpor.Rules.Serialization;

namespace Cpor.Rules.Tests.Serialization;

public sealed class ContractSchemasTests
{
    [Theory]
    [InlineData("batch")]
    [InlineData("decision")]
    public void TryGet_KnownName_TrueWithThatSchema(string name)
    {
        Assert.True(ContractSchemas.TryGet(name, out var schema));
        Assert.Equal(name == "batch" ? ContractSchemas.Batch : ContractSchemas.Decision, schema);
    }

    [Theory]
    [InlineData("Batch")]
    [InlineData("")]
    [InlineData(null)]
    public void TryGet_UnknownName_FalseWithEmptyText(string? name)
    {
        Assert.False(ContractSchemas.TryGet(name, out var schema));
        Assert.Equal(string.Empty, schema);
    }
}
