using System.Reflection;
using System.Text.Json;
using Bluegreen.Engines.Pulumi.Driver;

namespace Bluegreen.Tests.Engines.Pulumi.Driver;

/// <summary>
/// A scripted session with the pulumi stand-in: the exact calls expected, in order, and what each answers.
/// Every test gets its own scenario folder and project folder, removed on dispose.
/// </summary>
internal sealed class PulumiScenario : IDisposable
{
    public const string StackName = "dev";
    public const string CurrentVersion = "v3.259.0";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly List<ScriptedCall> _calls = [];

    public PulumiScenario()
    {
        Folder = Directory.CreateTempSubdirectory("pulumi-scenario-").FullName;
        ProjectDirectory = Directory.CreateTempSubdirectory("pulumi-project-").FullName;
    }

    public string Folder { get; }

    public string ProjectDirectory { get; }

    /// <summary>The stand-in program built next to the tests.</summary>
    public static string StandInExecutable
    {
        get
        {
            var folder = typeof(PulumiScenario).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
                .Single(attribute => attribute.Key == "PulumiStandInDirectory").Value!;
            return Path.Combine(folder, OperatingSystem.IsWindows() ? "pulumi.exe" : "pulumi");
        }
    }

    /// <summary>The full argument list the driver passes for a stack command.</summary>
    public IReadOnlyList<string> StackArgs(params string[] command) =>
        [.. command, "--stack", StackName, "--cwd", ProjectDirectory, "--non-interactive"];

    public PulumiScenario Expect(IReadOnlyList<string> args, string? stdout = null, string? fixture = null, string? stderr = null, int exitCode = 0)
    {
        _calls.Add(new ScriptedCall(args, stdout, fixture is null ? null : Fixture(fixture), stderr, exitCode));
        File.WriteAllText(Path.Combine(Folder, "calls.json"), JsonSerializer.Serialize(_calls, Json));
        return this;
    }

    public PulumiScenario ExpectVersion(string version = CurrentVersion) => Expect(["version"], stdout: version + "\n");

    /// <summary>A stack command: the driver adds --stack, --cwd and --non-interactive.</summary>
    public PulumiScenario ExpectStack(IReadOnlyList<string> command, string? stdout = null, string? fixture = null, string? stderr = null, int exitCode = 0) =>
        Expect(StackArgs([.. command]), stdout, fixture, stderr, exitCode);

    public PulumiScenario ExpectActiveColor(string color) =>
        ExpectStack(["config", "get", "activeColor", "--json"], stdout: $"{{\"value\": \"{color}\", \"secret\": false}}\n");

    public IPulumiCli Cli() => new Bluegreen.Engines.Pulumi.Driver.PulumiCli(new PulumiCliSettings
    {
        Executable = StandInExecutable,
        Environment = new Dictionary<string, string> { ["PULUMI_STANDIN_SCENARIO"] = Folder },
    });

    public PulumiStack Stack() => new(Cli(), StackName, ProjectDirectory);

    /// <summary>The argument lists the stand-in received, in order.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Invocations() =>
        Lines().Select(line => (IReadOnlyList<string>)line.GetProperty("args").EnumerateArray().Select(arg => arg.GetString()!).ToList()).ToList();

    /// <summary>PULUMI_SKIP_UPDATE_CHECK as each call saw it.</summary>
    public IReadOnlyList<string?> SkipUpdateCheckValues() =>
        Lines().Select(line => line.GetProperty("skipUpdateCheck").GetString()).ToList();

    /// <summary>Asserts the stand-in received exactly the scripted calls, in order, and nothing else.</summary>
    public void AssertAllCallsMade()
    {
        var expected = _calls.Select(call => string.Join(' ', call.Args)).ToList();
        Assert.Equal(expected, Invocations().Select(args => string.Join(' ', args)).ToList());
    }

    public static string Fixture(string relativePath) => Path.Combine(AppContext.BaseDirectory, relativePath);

    public void Dispose()
    {
        Directory.Delete(Folder, recursive: true);
        Directory.Delete(ProjectDirectory, recursive: true);
    }

    /// <summary>The shape the stand-in reads from calls.json.</summary>
    private sealed record ScriptedCall(IReadOnlyList<string> Args, string? Stdout, string? StdoutFile, string? Stderr, int ExitCode);

    private List<JsonElement> Lines()
    {
        var log = Path.Combine(Folder, "invocations.log");
        return File.Exists(log)
            ? File.ReadAllLines(log).Where(line => line.Length > 0).Select(line => JsonSerializer.Deserialize<JsonElement>(line)).ToList()
            : [];
    }
}
