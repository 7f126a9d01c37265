using System.Text;

namespace Cpor.Rules.Serialization;

/// <summary>
/// The JSON Schemas (draft 2020-12) of interchange contract v1, embedded in this assembly and shipped beside it in
/// the package (<c>schemas/</c>): <see cref="Batch"/> for the batch document that <see cref="BatchDocumentReader"/>
/// reads, <see cref="Decision"/> for the decision document that <see cref="DecisionDocumentWriter"/> writes.
/// </summary>
/// <remarks>
/// A batch document valid against <see cref="Batch"/> is decided, never refused; claims with unreadable values are
/// accepted, as the contract says, and decided with <c>InvalidClaimData</c>. What no schema can say (a property
/// repeated in one object, a fact ID given twice, an impossible date such as 2020-02-30) the reader still refuses.
/// </remarks>
public static class ContractSchemas
{
    /// <summary>The name of the batch document schema (<c>batch</c>), as <c>cpor-rules schema</c> takes it.</summary>
    internal const string BatchName = "batch";

    /// <summary>The name of the decision document schema (<c>decision</c>), as <c>cpor-rules schema</c> takes it.</summary>
    internal const string DecisionName = "decision";

    private static readonly Lazy<string> BatchText = new(() => Load(BatchName));

    private static readonly Lazy<string> DecisionText = new(() => Load(DecisionName));

    /// <summary>The JSON Schema of the batch document, as UTF-8 text.</summary>
    public static string Batch => BatchText.Value;

    /// <summary>The JSON Schema of the decision document, as UTF-8 text.</summary>
    public static string Decision => DecisionText.Value;

    /// <summary>Finds a schema by name.</summary>
    /// <param name="name"><c>batch</c> or <c>decision</c> (ordinal, lower case).</param>
    /// <param name="schema">The schema's text, when the name is known.</param>
    /// <returns>Whether the name is one of <see cref="BatchName"/> and <see cref="DecisionName"/>.</returns>
    internal static bool TryGet(string? name, out string schema)
    {
        schema = name switch
        {
            BatchName => Batch,
            DecisionName => Decision,
            _ => string.Empty,
        };
        return schema.Length > 0;
    }

    private static string Load(string name)
    {
        var resource = $"Cpor.Rules.Schemas.{name}.schema.json";
        using var stream = typeof(ContractSchemas).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The embedded resource {resource} is missing from Cpor.Rules.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
