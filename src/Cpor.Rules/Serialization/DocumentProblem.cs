namespace Cpor.Rules.Serialization;

/// <summary>One reason a batch document is refused as a whole.</summary>
/// <param name="Path">Where the problem is, as a JSON path from the document root, for example <c>$.claims[3]</c> or <c>$.tenants[0].tenantId</c>.</param>
/// <param name="Message">What is wrong there, in English.</param>
public sealed record DocumentProblem(string Path, string Message)
{
    /// <summary>For example <c>$.claims[3]: a claim must be a JSON object, not a string</c>.</summary>
    public override string ToString() => $"{Path}: {Message}";
}
