using System;
using System.IO;
using System.Threading.Tasks;

namespace Lancs.Scoring.Cli;

/// <summary>A read-only stream over an input file that refuses to read past a number of bytes, and gives up on a pipe
/// that sends nothing for a while: endless input (<c>/dev/zero</c>) and a silent pipe end in a <see cref="UsageException"/>.</summary>
internal sealed class BoundedStream : Stream
{
    private readonly Stream _inner;
    private readonly string _path;
    private readonly long _maxBytes;
    private readonly TimeSpan _readTimeout;
    private readonly string _noun;
    private long _read;

    public BoundedStream(Stream inner, string path, long maxBytes, TimeSpan readTimeout, string noun = "file")
    {
        _inner = inner;
        _path = path;
        _noun = noun;
        _maxBytes = maxBytes;
        _readTimeout = readTimeout;
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => _read;
        set => throw new NotSupportedException();
    }

    /// <summary>Gets or sets, for the reads of this thread, what is told each file's bytes read so far and its length
    /// (0 for a pipe): the progress bar of a run at a terminal. <see langword="null"/> when nothing is shown.</summary>
    [ThreadStatic]
    public static Action<string, long, long>? Observer;

    public override int Read(byte[] buffer, int offset, int count)
    {
        // Ask for one byte more than the limit allows, so that a file of exactly the limit is read and a longer one is not.
        var wanted = (int)Math.Min(count, _maxBytes - _read + 1);
        var read = _inner.CanSeek ? _inner.Read(buffer, offset, wanted) : ReadWithin(buffer, offset, wanted);
        _read += read;
        if (_read > _maxBytes)
        {
            throw new UsageException($"{Quoted.Clip(_path)}: larger than {_maxBytes:N0} bytes, the limit for an input {_noun} (is it endless, such as /dev/zero?).");
        }

        Observer?.Invoke(_path, _read, _inner.CanSeek ? _inner.Length : 0);

        return read;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _inner.Dispose();
        }

        base.Dispose(disposing);
    }

    private int ReadWithin(byte[] buffer, int offset, int count)
    {
        // A pipe's read blocks until its writer writes or closes; wait for it only so long. A read given up on stays blocked
        // until the writer acts, but the command has stopped waiting.
        var reading = Task.Run(() => _inner.Read(buffer, offset, count));
        if (!reading.Wait(_readTimeout))
        {
            throw new UsageException($"{Quoted.Clip(_path)}: nothing arrived for {_readTimeout.TotalSeconds:0.#} seconds; give a file, or a pipe whose writer sends the data and closes.");
        }

        return reading.Result;
    }
}
