namespace Cpor.Rules.Tests.Cli;

/// <summary>A file in the temporary folder, deleted when disposed.</summary>
internal sealed class TempFile : IDisposable
{
    public TempFile(string content)
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"cpor-{Guid.NewGuid():N}.json");
        File.WriteAllText(Path, content);
    }

    public string Path { get; }

    public void Dispose() => File.Delete(Path);
}
