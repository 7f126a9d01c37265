namespace Cpor.Rules.Cli;

/// <summary>
/// The sample batch embedded in the tool (<c>Samples/sample-batch.json</c>): decided when no FILE is given. It is a
/// hand-written batch in contract format over three customers that shows every rule code and every outcome.
/// </summary>
internal static class SampleBatch
{
    public const string ResourceName = "Cpor.Rules.Cli.Samples.sample-batch.json";

    /// <summary>Opens the sample's UTF-8 JSON.</summary>
    public static Stream Open()
        => typeof(SampleBatch).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing from the tool.");
}
