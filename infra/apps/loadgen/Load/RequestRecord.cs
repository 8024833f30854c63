namespace Bluegreen.LoadGen.Load;

internal enum RequestOutcome : byte
{
    /// <summary>Not finished when the run ended.</summary>
    Pending,
    Success,
    NonSuccessStatus,

    /// <summary>No answer: connection error or timeout.</summary>
    Failed,
}

/// <summary>One request, timed on the same clock as the switches (<see cref="System.Diagnostics.Stopwatch"/> ticks).</summary>
internal readonly record struct RequestRecord(long Start, long End, bool ToTestListener, RequestOutcome Outcome, string? AnsweredColor);

/// <summary>One switch call: from just before it was sent to just after its answer arrived.</summary>
internal readonly record struct SwitchRecord(long Start, long End, string To, bool Succeeded);
