using System.Globalization;

namespace Bluegreen.Agent.Os;

/// <summary>The two fields of <c>/proc/&lt;pid&gt;/stat</c> the agent needs: run state and start time since boot.</summary>
internal readonly record struct ProcStat(char State, ulong StartTime)
{
    /// <summary>Exited but not yet reaped; orphans can stay like this for seconds on machines without a real init.</summary>
    public bool IsZombie => State is 'Z' or 'X';

    public static ProcStat? Read(int pid)
    {
        try
        {
            return Parse(File.ReadAllText($"/proc/{pid}/stat"));
        }
        catch (Exception missing) when (missing is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>
    /// Parses one stat line. The command name (field 2) is in parentheses and may hold spaces or parentheses,
    /// so fields are counted from the last ')'.
    /// </summary>
    public static ProcStat? Parse(string line)
    {
        var close = line.LastIndexOf(')');
        if (close < 0)
        {
            return null;
        }

        var fields = line[(close + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        const int startTimeIndex = 22 - 3;
        return fields.Length > startTimeIndex
            && fields[0].Length == 1
            && ulong.TryParse(fields[startTimeIndex], NumberStyles.None, CultureInfo.InvariantCulture, out var startTime)
            ? new ProcStat(fields[0][0], startTime)
            : null;
    }
}
