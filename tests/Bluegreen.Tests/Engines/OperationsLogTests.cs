using Bluegreen.Engines;

namespace Bluegreen.Tests.Engines;

public sealed class OperationsLogTests : IDisposable
{
    private static readonly DateTimeOffset Time = new(2026, 11, 2, 10, 0, 0, TimeSpan.Zero);
    private readonly string _project = Directory.CreateTempSubdirectory("oplog-").FullName;

    public void Dispose() => Directory.Delete(_project, recursive: true);

    [Fact]
    public void Append_WritesOneCompactJsonLinePerRecord_UnderTheStackStateFolder()
    {
        var log = OperationsLog.ForStack(_project, "dev");

        log.Append(new OperationRecord(Time, "switch", "dev", "blue", "green", "succeeded", new Dictionary<string, double> { ["switch"] = 41.5 }));
        log.Append(new OperationRecord(Time.AddMinutes(5), "deploy", "dev", null, null, "failed", Color: "blue", Version: "v3"));

        Assert.Equal(Path.Combine(_project, ".bluegreen", "dev", "operations.log"), log.Path);
        Assert.Equal(
            """
            {"time":"2026-11-02T10:00:00+00:00","operation":"switch","stack":"dev","from":"blue","to":"green","result":"succeeded","durations":{"switch":41.5}}
            {"time":"2026-11-02T10:05:00+00:00","operation":"deploy","stack":"dev","result":"failed","color":"blue","version":"v3"}

            """,
            File.ReadAllText(log.Path));
    }

    [Fact]
    public void ReadAll_ReturnsRecordsInOrder()
    {
        var log = OperationsLog.ForStack(_project, "dev");
        var first = new OperationRecord(Time, "up", "dev", null, null, "succeeded");
        var second = new OperationRecord(Time.AddMinutes(1), "switch", "dev", "blue", "green", "succeeded");
        log.Append(first);
        log.Append(second);

        var records = log.ReadAll();

        Assert.Equal([first, second], records);
    }

    [Fact]
    public void ReadAll_NoLogYet_IsEmpty()
    {
        Assert.Empty(OperationsLog.ForStack(_project, "dev").ReadAll());
    }

    [Fact]
    public void ReadAll_LastLineCutShort_IgnoresIt()
    {
        var log = OperationsLog.ForStack(_project, "dev");
        log.Append(new OperationRecord(Time, "up", "dev", null, null, "succeeded"));
        File.AppendAllText(log.Path, """{"time":"2026-11-02T10:01:00+00:00","operation":"sw""");

        Assert.Equal("up", Assert.Single(log.ReadAll()).Operation);
    }

    [Fact]
    public void ReadAll_DamagedLineInTheMiddle_SaysWhichLine()
    {
        var log = OperationsLog.ForStack(_project, "dev");
        log.Append(new OperationRecord(Time, "up", "dev", null, null, "succeeded"));
        File.AppendAllText(log.Path, "not json\n");
        log.Append(new OperationRecord(Time, "up", "dev", null, null, "succeeded"));

        var failure = Assert.Throws<StackFailureException>(log.ReadAll);

        Assert.Equal(StackError.CorruptState, failure.Error);
        Assert.Equal($"{log.Path} line 2 is not an operation record. Fix or delete that line; the log is otherwise append-only.", failure.Message);
    }
}
