using Cpor.Rules.Testing;

namespace Cpor.Rules.Tests.Testing;

public sealed class CporSampleTests
{
    [Fact]
    public void Batch_Read_TheToolsSampleReadOnce()
    {
        var batch = CporSample.Batch;

        Assert.Same(batch, CporSample.Batch);
        Assert.Equal(new DateOnly(2020, 10, 5), batch.AsOf);
        Assert.Equal(31, batch.Claims.Count);
    }

    [Fact]
    public void Batch_EmbeddedResource_IsTheCommandLineToolsSampleFile()
    {
        using var embedded = typeof(CporSample).Assembly.GetManifestResourceStream("Cpor.Rules.Testing.Samples.sample-batch.json");
        using var reader = new StreamReader(embedded!);

        Assert.Equal(Repository.Read("src/Cpor.Rules.Cli/Samples/sample-batch.json"), reader.ReadToEnd());
    }
}
