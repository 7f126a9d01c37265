using Cpor.Rules.Serialization;

namespace Cpor.Rules.Testing;

/// <summary>
/// The sample batch that the command-line tool decides when given no file (<c>cpor-rules evaluate</c>): a hand-written
/// batch over three customers that shows every catalogue rule code and every outcome. <see cref="CatalogueBehaviour"/>
/// decides it with and without your rules.
/// </summary>
public static class CporSample
{
    private const string ResourceName = "Cpor.Rules.Testing.Samples.sample-batch.json";

    private static readonly Lazy<BatchDocument> Read = new(() =>
    {
        using var stream = typeof(CporSample).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing from Cpor.Rules.Testing.");
        return BatchDocumentReader.Read(stream).Match(
            document => document,
            refused => throw new InvalidOperationException($"The embedded sample batch was refused: {refused}"));
    });

    /// <summary>The sample batch: its facts, claims and as-of date (read once; immutable).</summary>
    public static BatchDocument Batch => Read.Value;
}
