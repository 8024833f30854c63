
namespace Bluegreen.Engines.Pulumi.Driver;

/// <summary>
/// One Pulumi stack of one project folder, driven through the CLI. Checks the CLI version once, adds
/// <c>--stack</c>, <c>--cwd</c> and <c>--non-interactive</c> to every stack command, and turns failures that no
/// caller can work around (no stack, not logged in, bad invocation) into <see cref="StackFailureException"/>s.
/// </summary>
internal sealed class PulumiStack(IPulumiCli cli, string stackName, string projectDirectory)
{
    private PulumiVersion? _version;

    public string Name => stackName;

    public string ProjectDirectory => projectDirectory;

    /// <summary>The CLI's version; refuses anything older than <see cref="PulumiVersion.MinimumSupported"/>.</summary>
    public async Task<PulumiVersion> VersionAsync(CancellationToken cancellationToken)
    {
        if (_version is not null)
        {
            return _version;
        }

        var run = await cli.RunAsync(["version"], cancellationToken);
        var printed = run.StandardOutput.Trim();
        if (run.ExitCode != 0 || !PulumiVersion.TryParse(printed, out var version))
        {
            throw new StackFailureException(
                StackError.PulumiFailed,
                $"`pulumi version` did not print a version (exit {run.ExitCode}, output '{printed}'). {PulumiExecutable.InstallHint}",
                run.ErrorLines());
        }

        if (!version.IsAtLeast(PulumiVersion.MinimumSupported))
        {
            throw new StackFailureException(
                StackError.PulumiFailed,
                $"Pulumi CLI {version} is too old: bluegreen needs {PulumiVersion.MinimumSupported} or newer, the first release "
                + "where two instances of one YAML component (blue and green) can live in one stack. "
                + "Upgrade with `pulumi self-update` or reinstall; " + PulumiExecutable.InstallHint);
        }

        return _version = version;
    }

    /// <summary>Runs a stack command and returns it whatever its exit code, unless the failure is one of the unusable kinds.</summary>
    public async Task<(PulumiRun Run, PulumiExitStatus Status)> RunAsync(IReadOnlyList<string> command, CancellationToken cancellationToken)
    {
        var version = await VersionAsync(cancellationToken);
        var run = await cli.RunAsync([.. command, "--stack", stackName, "--cwd", projectDirectory, "--non-interactive"], cancellationToken);
        var status = PulumiExitCodes.Interpret(version, run.ExitCode);
        ThrowIfUnusable(run, status);
        return (run, status);
    }

    /// <summary>Runs a preview, refresh, up or destroy that was given <c>--json</c> and parses what it printed.</summary>
    public async Task<PulumiOperation> OperationAsync(IReadOnlyList<string> command, CancellationToken cancellationToken)
    {
        var (run, status) = await RunAsync(command, cancellationToken);
        return new PulumiOperation(run, status, PulumiJsonOutput.Parse(run.StandardOutput));
    }

    /// <summary>A project config value (<c>pulumi config get &lt;key&gt; --json</c>).</summary>
    public async Task<string> GetConfigAsync(string key, CancellationToken cancellationToken)
    {
        var run = await RunOrThrowAsync(["config", "get", key, "--json"], $"Set it with `pulumi config set {key} <value> --stack {stackName}`.", cancellationToken);
        return JsonFields.ParseDocument(run.StandardOutput, "pulumi config get").StringField("value")
            ?? throw new PulumiOutputException($"pulumi config get {key} --json printed no string \"value\".");
    }

    /// <summary>A project config value, or null when the stack does not set it (the CLI exits 1 for an unknown key).</summary>
    public async Task<string?> TryGetConfigAsync(string key, CancellationToken cancellationToken)
    {
        var (run, status) = await RunAsync(["config", "get", key, "--json"], cancellationToken);
        return status == PulumiExitStatus.Success
            ? JsonFields.ParseDocument(run.StandardOutput, "pulumi config get").StringField("value")
            : null;
    }

    public Task SetConfigAsync(string key, string value, CancellationToken cancellationToken) =>
        RunOrThrowAsync(["config", "set", key, value], "Nothing else was changed.", cancellationToken);

    public async Task<PulumiStackExport> ExportAsync(CancellationToken cancellationToken)
    {
        var run = await RunOrThrowAsync(["stack", "export"], "", cancellationToken);
        return PulumiStackExport.Parse(run.StandardOutput);
    }

    /// <summary>The stack outputs; secrets stay "[secret]" because <c>--show-secrets</c> is never passed.</summary>
    public async Task<IReadOnlyDictionary<string, string?>> OutputsAsync(CancellationToken cancellationToken)
    {
        var run = await RunOrThrowAsync(["stack", "output", "--json"], "", cancellationToken);
        var outputs = JsonFields.ParseDocument(run.StandardOutput, "pulumi stack output");
        return outputs.ValueKind == System.Text.Json.JsonValueKind.Object
            ? outputs.EnumerateObject().OrderBy(output => output.Name, StringComparer.Ordinal)
                .ToDictionary(output => output.Name, output => PulumiValues.Text(output.Value))
            : new Dictionary<string, string?>();
    }

    private async Task<PulumiRun> RunOrThrowAsync(IReadOnlyList<string> command, string hint, CancellationToken cancellationToken)
    {
        var (run, status) = await RunAsync(command, cancellationToken);
        return status == PulumiExitStatus.Success
            ? run
            : throw new StackFailureException(
                StackError.PulumiFailed,
                $"`{run.CommandLine}` failed with exit code {run.ExitCode}. {hint}".TrimEnd(),
                run.ErrorLines());
    }

    private void ThrowIfUnusable(PulumiRun run, PulumiExitStatus status)
    {
        var problem = status switch
        {
            PulumiExitStatus.StackNotFound => new StackFailureException(
                StackError.UnknownStack,
                $"Pulumi has no stack '{stackName}' for the project in {projectDirectory}. Create it with "
                + $"`pulumi stack init {stackName}`, or pass the name of an existing stack with --stack.",
                run.ErrorLines()),
            PulumiExitStatus.AuthenticationFailed => new StackFailureException(
                StackError.PulumiFailed,
                "Pulumi could not authenticate with its state backend. Run `pulumi login` (or set PULUMI_BACKEND_URL) and retry.",
                run.ErrorLines()),
            PulumiExitStatus.InvalidInvocation => new StackFailureException(
                StackError.PulumiFailed,
                $"Pulumi refused `{run.CommandLine}` as misconfigured. Check the stack's configuration and, for a local "
                + "backend, PULUMI_CONFIG_PASSPHRASE or PULUMI_CONFIG_PASSPHRASE_FILE.",
                run.ErrorLines()),
            PulumiExitStatus.Cancelled => new StackFailureException(
                StackError.PulumiFailed, $"`{run.CommandLine}` was cancelled.", run.ErrorLines()),
            _ => null,
        };
        if (problem is not null)
        {
            throw problem;
        }
    }
}
