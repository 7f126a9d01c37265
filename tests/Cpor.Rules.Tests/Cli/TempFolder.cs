namespace Cpor.Rules.Tests.Cli;

/// <summary>A fresh folder in the temporary folder, deleted with its contents when disposed.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"cpor-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    /// <summary>The names of the files in the folder, hidden ones included, in ordinal order.</summary>
    public IReadOnlyList<string> Names() => Directory.GetFiles(Path).Select(f => System.IO.Path.GetFileName(f)!).Order(StringComparer.Ordinal).ToList();

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
