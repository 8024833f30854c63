using System.Globalization;

namespace Bluegreen.LoadGen;

/// <summary>Bad command-line input.</summary>
internal sealed class UsageException(string message) : Exception(message);

/// <summary>"--name value" pairs and bare "--flag"s.</summary>
internal sealed class CommandLine
{
    private readonly Dictionary<string, string?> _values;

    private CommandLine(Dictionary<string, string?> values) => _values = values;

    public static CommandLine Parse(IEnumerable<string> args)
    {
        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        string? pending = null;
        foreach (var arg in args)
        {
            if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                if (pending is not null)
                {
                    values[pending] = null;
                }

                pending = arg[2..];
            }
            else if (pending is not null)
            {
                values[pending] = arg;
                pending = null;
            }
            else
            {
                throw new UsageException($"unexpected argument \"{arg}\"");
            }
        }

        if (pending is not null)
        {
            values[pending] = null;
        }

        return new CommandLine(values);
    }

    public bool Flag(string name) => _values.ContainsKey(name);

    public string Text(string name) =>
        _values.TryGetValue(name, out var value) && value is not null ? value : throw new UsageException($"--{name} <value> is required");

    public double Number(string name, double fallback)
    {
        if (!_values.TryGetValue(name, out var value))
        {
            return fallback;
        }

        return double.TryParse(value, CultureInfo.InvariantCulture, out var number) && number >= 0
            ? number
            : throw new UsageException($"--{name} needs a non-negative number, got \"{value}\"");
    }
}
