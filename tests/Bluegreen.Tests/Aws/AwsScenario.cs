using System.Reflection;
using Bluegreen.Aws;
using Bluegreen.StandInReplay;

namespace Bluegreen.Tests.Aws;

/// <summary>
/// A scripted session with the aws stand-in: the exact calls expected, in order, and what each answers.
/// Every test gets its own scenario folder, removed on dispose.
/// </summary>
internal sealed class AwsScenario : IDisposable
{
    public const string Region = "eu-west-1";

    private readonly List<ScriptedCall> _calls = [];

    public AwsScenario() => Folder = Directory.CreateTempSubdirectory("aws-scenario-").FullName;

    public string Folder { get; }

    /// <summary>The stand-in program built next to the tests.</summary>
    public static string StandInExecutable
    {
        get
        {
            var folder = typeof(AwsScenario).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
                .Single(attribute => attribute.Key == "AwsStandInDirectory").Value!;
            return Path.Combine(folder, OperatingSystem.IsWindows() ? "aws.exe" : "aws");
        }
    }

    /// <summary>A fixture file under Aws/Fixtures, as copied next to the tests.</summary>
    public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Aws", "Fixtures", name);

    public AwsScenario Expect(IReadOnlyList<string> args, string? stdout = null, string? fixture = null, string? stderr = null, int exitCode = 0)
    {
        _calls.Add(new ScriptedCall(args, stdout, fixture is null ? null : Fixture(fixture), stderr, exitCode));
        InvocationLog.WriteScript(Folder, _calls);
        return this;
    }

    public IAwsCli Cli() => new AwsCli(new AwsCliSettings
    {
        Executable = StandInExecutable,
        Region = Region,
        Environment = new Dictionary<string, string> { ["AWS_STANDIN_SCENARIO"] = Folder },
    });

    public IReadOnlyList<IReadOnlyList<string>> Invocations() => InvocationLog.Arguments(Folder);

    /// <summary>A recorded field (e.g. "pager") as each call saw it.</summary>
    public IReadOnlyList<string?> Recorded(string field) =>
        InvocationLog.Read(Folder).Select(line => line.GetProperty(field).GetString()).ToList();

    /// <summary>Asserts the stand-in received exactly the scripted calls, in order, and nothing else.</summary>
    public void AssertAllCallsMade() =>
        Assert.Equal(
            _calls.Select(call => string.Join(' ', call.Args)).ToList(),
            Invocations().Select(args => string.Join(' ', args)).ToList());

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
