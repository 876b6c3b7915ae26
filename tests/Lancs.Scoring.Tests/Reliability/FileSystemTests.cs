using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Lancs.Scoring.Cli;
using Xunit;

namespace Lancs.Scoring.Tests.Reliability;

/// <summary>Inputs that are not plain files: named pipes with and without a writer, endless input, files without read
/// permission. Each is bounded in time (a fraction of a second here) and in size, so none can hang or exhaust CI.</summary>
public sealed class FileSystemTests : IDisposable
{
    private const string Header = "id,kind,description,risk_type,owner,inherent,residual,direction_of_travel,source";

    private static readonly InputLimits Quick = new()
    {
        OpenTimeout = TimeSpan.FromMilliseconds(300),
        ReadTimeout = TimeSpan.FromMilliseconds(300),
        MaxFileBytes = 1 << 20,
    };

    /// <summary>The size limit of <see cref="Quick"/> with the timeouts of a real run, for the tests that are not about
    /// waiting: a cold test process opens a file through the thread pool, which took more than 0.3 seconds when such a
    /// test ran alone or on a loaded machine ("could not be opened within 0.3 seconds" for /dev/zero).</summary>
    private static readonly InputLimits SizeLimited = new()
    {
        OpenTimeout = InputLimits.Default.OpenTimeout,
        ReadTimeout = InputLimits.Default.ReadTimeout,
        MaxFileBytes = 1 << 20,
    };

    private readonly string _scratch = Directory.CreateTempSubdirectory("lancs-fs-").FullName;

    public void Dispose() => Directory.Delete(_scratch, recursive: true);

    [UnixFact]
    public void Rescore_NamedPipeWithNoWriter_GivesUpAfterTheOpenTimeout()
    {
        var fifo = Path.Combine(_scratch, "2017-18-Q2.csv");
        Fifo.Make(fifo);

        var (code, _, error) = Run(Quick, "rescore", fifo);

        Assert.Equal(ExitCode.Failure, code);
        Assert.Contains("could not be opened within 0.3 seconds (a named pipe with no writer?); give a regular file.", error);
        Release(fifo);
    }

    [UnixFact]
    public void Rescore_NamedPipeWhoseWriterSendsNothing_GivesUpAfterTheReadTimeout()
    {
        var fifo = Path.Combine(_scratch, "2017-18-Q2.csv");
        Fifo.Make(fifo);
        var writer = Task.Run(() => new FileStream(fifo, FileMode.Open, FileAccess.Write));

        // The writer comes, however slowly a busy machine starts it; then it sends nothing.
        var (code, _, error) = Run(new InputLimits { OpenTimeout = TimeSpan.FromSeconds(30), ReadTimeout = TimeSpan.FromMilliseconds(300) }, "rescore", fifo);

        Assert.Equal(ExitCode.Failure, code);
        Assert.Contains("nothing arrived for 0.3 seconds", error);
        Assert.True(writer.Wait(TimeSpan.FromSeconds(10)), "the writer never opened");
        writer.Result.Dispose();
    }

    [UnixFact]
    public void Rescore_NamedPipeWithARegister_IsReadLikeAFile()
    {
        var fifo = Path.Combine(_scratch, "2017-18-Q2.csv");
        Fifo.Make(fifo);
        var writer = Task.Run(() => File.WriteAllText(fifo, Header + "\nCR1,risk,First,Economic,MT,16,12,Level,x\n"));

        var (code, output, error) = Run(new InputLimits { OpenTimeout = TimeSpan.FromSeconds(10), ReadTimeout = TimeSpan.FromSeconds(10) }, "rescore", fifo, "--format", "csv");

        Assert.True(writer.Wait(TimeSpan.FromSeconds(10)), "the writer never finished");
        Assert.True(code == ExitCode.Success, error);
        Assert.Contains("CR1,risk,16,12,yes", output);
    }

    [UnixFact]
    public void Rescore_DevZero_IsRefusedAtTheSizeLimitWithBoundedMemory()
    {
        var before = GC.GetAllocatedBytesForCurrentThread();

        var (code, _, error) = Run(SizeLimited, "rescore", "/dev/zero", "--quarter", "2017/18 Q2");

        Assert.Equal(ExitCode.Failure, code);
        Assert.Contains("/dev/zero: larger than 1,048,576 bytes, the limit for an input file (is it endless, such as /dev/zero?).", error);
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 64L << 20, "more than 64 MB allocated");
    }

    [UnixFact]
    public void Rescore_DevZeroWithTheDefaultLimits_IsRefusedWithinSeconds()
    {
        var started = DateTime.UtcNow;

        var (code, _, error) = Run(InputLimits.Default, "rescore", "/dev/zero", "--quarter", "2017/18 Q2");

        Assert.Equal(ExitCode.Failure, code);
        Assert.Contains("larger than 536,870,912 bytes", error);
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(60), $"{DateTime.UtcNow - started}");
    }

    [Fact]
    public void Read_EndlessLinesOfGarbage_IsRefusedAfterTheMalformedRowLimit()
    {
        using var endless = new EndlessStream(Encoding.UTF8.GetBytes(Header + "\n"), Encoding.UTF8.GetBytes("x\"y\n"));

        var ex = Assert.Throws<UsageException>(() => RegisterCsv.Read(endless, "endless.csv", TextWriter.Null, new InputLimits { MaxMalformedRows = 100 }));

        Assert.Equal("endless.csv: more than 100 rows could not be read (the first: endless.csv line 2, id 'x\"y': malformed CSV at column 1: "
            + "a quote inside a cell that does not start with one (at column 2); put the whole cell in quotes and write the quote as two quotes; the row was skipped.); is it a register CSV?", ex.Message);
    }

    [Fact]
    public void Read_EndlessValidRows_IsRefusedAtTheSizeLimit()
    {
        using var endless = new EndlessStream(Encoding.UTF8.GetBytes(Header + "\n"), Encoding.UTF8.GetBytes("CR1,risk,First,Economic,MT,16,12,Level,x\n"));
        // The read timeout of a real run: these tests are about the size limit, and each read goes through the thread
        // pool, which a loaded machine running the tests in parallel can keep waiting for more than a second.
        var bounded = new BoundedStream(endless, "endless.csv", 1 << 20, InputLimits.Default.ReadTimeout);

        var ex = Assert.Throws<UsageException>(() => RegisterCsv.Read(bounded, "endless.csv", TextWriter.Null));

        Assert.Equal("endless.csv: larger than 1,048,576 bytes, the limit for an input file (is it endless, such as /dev/zero?).", ex.Message);
    }

    [Fact]
    public void Read_EndlessLineWithNoLineBreak_KeepsAtMostARowInMemory()
    {
        using var endless = new EndlessStream(Encoding.UTF8.GetBytes(Header + "\nCR1,risk,"), Encoding.UTF8.GetBytes("dddddddddddddddd"));
        var bounded = new BoundedStream(endless, "endless.csv", 64 << 20, InputLimits.Default.ReadTimeout);
        var before = GC.GetAllocatedBytesForCurrentThread();

        Assert.Throws<UsageException>(() => RegisterCsv.Read(bounded, "endless.csv", TextWriter.Null));

        // 64 MB read, as UTF-16 128 MB; what is kept is one row of 256 K characters at most, and the stream's buffers.
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 16L << 20, "more than 16 MB allocated");
    }

    [NonRootUnixFact]
    public void Rescore_FileWithoutReadPermission_IsReportedAsSuch()
    {
        var path = Path.Combine(_scratch, "2017-18-Q2.csv");
        File.WriteAllText(path, Header + "\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.None);
        }

        var (code, _, error) = Run(SizeLimited, "rescore", path);

        Assert.Equal(ExitCode.Failure, code);
        Assert.Contains("2017-18-Q2.csv: cannot be read: permission denied.", error);
    }

    /// <summary>Opens a pipe's other end, so that a reader the command gave up on is released and the test leaves nothing blocked.</summary>
    private static void Release(string fifo)
    {
        var opened = Task.Run(() => new FileStream(fifo, FileMode.Open, FileAccess.Write));
        if (opened.Wait(TimeSpan.FromSeconds(10)))
        {
            opened.Result.Dispose();
        }
    }

    private static (ExitCode Code, string Output, string Error) Run(InputLimits limits, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = CommandLine.Run(args, output, error, limits);
        return (code, output.ToString(), error.ToString());
    }

    /// <summary>A stream that sends a head once and then one chunk again and again, for ever.</summary>
    private sealed class EndlessStream : Stream
    {
        private readonly byte[] _head;
        private readonly byte[] _chunk;
        private long _position;

        public EndlessStream(byte[] head, byte[] chunk)
        {
            _head = head;
            _chunk = chunk;
        }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => _position;
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            for (var i = 0; i < count; i++, _position++)
            {
                buffer[offset + i] = _position < _head.Length ? _head[_position] : _chunk[(_position - _head.Length) % _chunk.Length];
            }

            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
