namespace Cpor.Rules.Serialization;

/// <summary>One reason a batch document is refused as a whole.</summary>
public sealed record DocumentProblem
{
    internal DocumentProblem(string path, string message)
    {
        Path = path;
        Message = message;
    }

    /// <summary>Where the problem is, as a JSON path from the document root, for example <c>$.claims[3]</c> or <c>$.tenants[0].tenantId</c>.</summary>
    public string Path { get; }

    /// <summary>What is wrong there, in English.</summary>
    public string Message { get; }

    /// <summary>For example <c>$.claims[3]: a claim must be a JSON object, not a string</c>.</summary>
    public override string ToString() => $"{Path}: {Message}";
}
