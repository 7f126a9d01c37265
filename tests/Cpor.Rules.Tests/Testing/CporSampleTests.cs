using Cpor.Rules.Testing;

namespace Cpor.Rules.Tests.Testing;

public sealed class CporSampleTests
{
    [Fact]
    public void Batch_Embedded_IsTheToolsSampleReadOnce()
    {
        var batch = CporSample.Batch;

        Assert.Same(batch, CporSample.Batch);
        Assert.Equal(new DateOnly(2020, 10, 5), batch.AsOf);
        Assert.Equal(31, batch.Claims.Count);
        Assert.Equal(
            Repository.Read("src/Cpor.Rules.Cli/Samples/sample-batch.json").Length > 0,
            typeof(CporSample).Assembly.GetManifestResourceNames().Contains("Cpor.Rules.Testing.Samples.sample-batch.json"));
    }
}
