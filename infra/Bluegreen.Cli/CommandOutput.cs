using System.Text.Json;
using System.Text.Json.Serialization;
using Bluegreen.Engines;
using Spectre.Console;

namespace Bluegreen.Cli;

/// <summary>
/// Where a command's results go: a JSON document on standard output with <c>--json</c>, tables otherwise.
/// Progress and errors for people go to standard error so that piped output stays clean.
/// </summary>
internal sealed class CommandOutput
{
    public static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    private readonly TextWriter _out;
    private readonly TextWriter _error;

    public CommandOutput(bool json, TextWriter output, TextWriter error)
    {
        IsJson = json;
        _out = output;
        _error = error;
        Console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        Console.Profile.Width = 160;
    }

    public bool IsJson { get; }

    /// <summary>Human output (tables, trees) on standard output.</summary>
    public IAnsiConsole Console { get; }

    /// <summary>Writes the command's result: the JSON model, or the human rendering.</summary>
    public void Result<T>(T model, Action<IAnsiConsole> human)
    {
        if (IsJson)
        {
            _out.WriteLine(JsonSerializer.Serialize(model, JsonOptions));
        }
        else
        {
            human(Console);
        }
    }

    /// <summary>A progress line for people; silent in JSON mode.</summary>
    public void Progress(string message)
    {
        if (!IsJson)
        {
            _error.WriteLine(message);
        }
    }

    public void Failure(StackFailureException failure)
    {
        if (IsJson)
        {
            var model = new { error = new { exitCode = ExitCodes.For(failure.Error), message = failure.Message, details = failure.Details } };
            _out.WriteLine(JsonSerializer.Serialize(model, JsonOptions));
        }

        _error.WriteLine($"error: {failure.Message}");
        foreach (var detail in failure.Details)
        {
            _error.WriteLine($"  - {detail}");
        }
    }
}
