using System.Text;

namespace Cpor.Rules.Tests.Serialization;

/// <summary>
/// A read-only stream of <c>prefix</c>, then <c>repeat</c> copies of one byte (white space by default), then
/// <c>suffix</c>, made up as it is read, handing over at most <c>chunk</c> bytes per read as a pipe does.
/// Large inputs without holding them.
/// </summary>
internal sealed class GeneratedStream(string prefix, long repeat, string suffix, int chunk, byte fill = (byte)' ') : Stream
{
    private readonly byte[] _prefix = Encoding.UTF8.GetBytes(prefix);
    private readonly byte[] _suffix = Encoding.UTF8.GetBytes(suffix);
    private long _position;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => _position;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var total = _prefix.Length + repeat + _suffix.Length;
        var n = (int)Math.Min(Math.Min(buffer.Length, chunk), total - _position);
        for (var i = 0; i < n; i++, _position++)
        {
            if (_position < _prefix.Length)
            {
                buffer[i] = _prefix[_position];
            }
            else if (_position < _prefix.Length + repeat)
            {
                var run = (int)Math.Min(n - i, _prefix.Length + repeat - _position);
                buffer.Slice(i, run).Fill(fill);
                i += run - 1;
                _position += run - 1;
            }
            else
            {
                buffer[i] = _suffix[_position - _prefix.Length - repeat];
            }
        }

        return n;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
