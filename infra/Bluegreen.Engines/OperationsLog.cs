using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Bluegreen.Components;

namespace Bluegreen.Engines;

/// <summary>
/// A stack's append-only history: one JSON object per line, each write flushed to disk before returning. Lives at
/// <c>&lt;state folder&gt;/operations.log</c>; every engine writes the same shape.
/// </summary>
internal sealed class OperationsLog(string path)
{
    public const string FileName = "operations.log";

    private static readonly JsonSerializerOptions LineOptions = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = false,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public string Path { get; } = path;

    /// <summary>The log of a stack whose state folder is <c>&lt;projectDir&gt;/.bluegreen/&lt;stack&gt;</c>.</summary>
    public static OperationsLog ForStack(string projectDirectory, string stack) =>
        new(System.IO.Path.Combine(projectDirectory, ".bluegreen", stack, FileName));

    public void Append(OperationRecord record)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(Path))!);
        var line = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(record, LineOptions) + "\n");
        using var file = new FileStream(Path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete);
        file.Write(line);
        file.Flush(flushToDisk: true);
    }

    /// <summary>
    /// Every record, oldest first. A last line cut short by a crash mid-write is ignored; any other line that is not
    /// a record makes the log unreadable.
    /// </summary>
    public IReadOnlyList<OperationRecord> ReadAll()
    {
        if (!File.Exists(Path))
        {
            return [];
        }

        var text = File.ReadAllText(Path);
        var lines = text.Split('\n');
        var records = new List<OperationRecord>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Trim().Length == 0)
            {
                continue;
            }

            var record = TryParse(lines[i]);
            var tornLastLine = i == lines.Length - 1 && !text.EndsWith('\n');
            if (record is not null)
            {
                records.Add(record);
            }
            else if (!tornLastLine)
            {
                throw new StackFailureException(
                    StackError.CorruptState,
                    $"{Path} line {i + 1} is not an operation record. Fix or delete that line; the log is otherwise append-only.");
            }
        }

        return records;
    }

    /// <summary>The color that was live before the last successful switch or rollback, when it is not the active one; else the other color.</summary>
    public DeploymentColor PreviousColor(string stack, DeploymentColor active)
    {
        var last = ReadAll().LastOrDefault(record =>
            record.Stack == stack && record.Operation is "switch" or "rollback" && record.Result == ResultName(nameof(OperationResult.Succeeded)));
        return last is not null && last.To == active.Name() && DeploymentColors.TryParse(last.From, out var previous) && previous != active
            ? previous
            : active.Other();
    }

    /// <summary>Results are logged in camelCase, as the JSON output spells them.</summary>
    public static string ResultName(string name) => char.ToLowerInvariant(name[0]) + name[1..];

    private static OperationRecord? TryParse(string line)
    {
        try
        {
            var record = JsonSerializer.Deserialize<OperationRecord>(line, LineOptions);
            return record is { Operation.Length: > 0, Stack.Length: > 0, Result.Length: > 0 } ? record : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
