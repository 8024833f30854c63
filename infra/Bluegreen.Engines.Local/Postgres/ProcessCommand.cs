namespace Bluegreen.Engines.Local.Postgres;

/// <summary>A program and its arguments, passed to the OS without a shell.</summary>
internal sealed record ProcessCommand(string FileName, IReadOnlyList<string> Arguments)
{
    public override string ToString() => string.Join(' ', [FileName, .. Arguments]);
}

/// <summary>How a finished program ended: its exit code and its standard output and error, interleaved.</summary>
internal sealed record ProcessResult(int ExitCode, string Output)
{
    /// <summary>The last lines of output, for an error message.</summary>
    public IReadOnlyList<string> Tail(int lines = 10) =>
        Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).TakeLast(lines).ToList();
}
