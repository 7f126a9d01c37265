namespace Cpor.Rules.Cli;

/// <summary>
/// An output file written atomically: everything goes to a temporary file in the same folder (same file system, so
/// the rename is atomic), which replaces the target only on <see cref="Commit"/>. Disposed without a commit (a refused
/// document, a failure), the temporary file is deleted and the target is left as it was. A killed process leaves at
/// most a hidden <c>.NAME.*.tmp</c> file beside the target, never a half-written target.
/// </summary>
internal sealed class AtomicFile : IDisposable
{
    private readonly FileStream _stream;
    private bool _done;

    private AtomicFile(string target, string temporary, FileStream stream)
    {
        Target = target;
        TemporaryPath = temporary;
        _stream = stream;
    }

    /// <summary>The full path of the file that is replaced on commit.</summary>
    public string Target { get; }

    /// <summary>The full path of the temporary file being written.</summary>
    public string TemporaryPath { get; }

    /// <summary>Where to write.</summary>
    public Stream Stream => _stream;

    /// <summary>Creates the temporary file beside <paramref name="path"/>.</summary>
    /// <exception cref="IOException">The folder does not exist or cannot be written, or the target is a folder.</exception>
    /// <exception cref="UnauthorizedAccessException">Writing the folder is not allowed.</exception>
    public static AtomicFile Create(string path)
    {
        var target = Path.GetFullPath(path);
        if (Directory.Exists(target))
        {
            throw new IOException("it is a directory");
        }

        var folder = Path.GetDirectoryName(target) ?? throw new IOException("it has no folder");
        var temporary = Path.Combine(folder, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
        var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 1 << 16);
        return new AtomicFile(target, temporary, stream);
    }

    /// <summary>Writes the temporary file through to the disk and renames it to the target, replacing any file there.</summary>
    public void Commit()
    {
        _stream.Flush(flushToDisk: true);
        _stream.Dispose();
        File.Move(TemporaryPath, Target, overwrite: true);
        _done = true;
    }

    /// <summary>Deletes the temporary file unless it was committed.</summary>
    public void Dispose()
    {
        if (_done)
        {
            return;
        }

        _done = true;
        _stream.Dispose();
        try
        {
            File.Delete(TemporaryPath);
        }
        catch (IOException)
        {
            // Best effort: the target is untouched either way.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
