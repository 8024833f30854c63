
namespace Bluegreen.Engines.Local.Artifacts;

/// <summary>
/// Published copies of the separate programs (<c>sample</c>, <c>router</c>, <c>agent</c>) under
/// <c>&lt;projectDir&gt;/.bluegreen/apps/&lt;name&gt;/</c>, republished when missing or older than their sources.
/// Local processes always run these as <c>dotnet &lt;App&gt;.dll</c>, never through <c>dotnet run</c>.
/// </summary>
internal sealed class AppArtifacts(string projectDirectory, IAppPublisher? publisher = null, TimeProvider? time = null)
{
    private const string StampFile = ".published";
    private static readonly TimeSpan LockPollInterval = TimeSpan.FromMilliseconds(200);

    private readonly IAppPublisher _publisher = publisher ?? new DotnetPublisher();
    private readonly TimeProvider _time = time ?? TimeProvider.System;

    public string AppsDirectory => Path.Combine(projectDirectory, ".bluegreen", "apps");

    /// <summary>The published dll of app <paramref name="name"/>, publishing it first when needed.</summary>
    /// <param name="name">Folder name under <c>infra/apps</c>.</param>
    /// <param name="progress">Told before a publish starts, which takes seconds.</param>
    public async Task<string> ResolveAsync(string name, Action<string>? progress, CancellationToken cancellationToken)
    {
        var app = AppProject.Find(projectDirectory, name);
        var target = Path.Combine(AppsDirectory, name);
        var dll = Path.Combine(target, $"{app.AssemblyName}.dll");
        Directory.CreateDirectory(AppsDirectory);
        using var exclusive = await LockAsync(Path.Combine(AppsDirectory, $".{name}.lock"), cancellationToken);
        if (IsCurrent(app, target, dll))
        {
            return dll;
        }

        progress?.Invoke($"publishing {name} (dotnet publish infra/apps/{name} -c Release)");
        var staging = Path.Combine(AppsDirectory, $".{name}.staging-{Guid.NewGuid():N}");
        var startedAt = _time.GetUtcNow().UtcDateTime;
        var outcome = await _publisher.PublishAsync(app.ProjectFile, staging, cancellationToken);
        if (outcome.ExitCode != 0 || !File.Exists(Path.Combine(staging, $"{app.AssemblyName}.dll")))
        {
            DeleteQuietly(staging);
            throw new StackFailureException(
                StackError.UnexpectedError,
                $"Publishing app \"{name}\" failed (dotnet publish exited with {outcome.ExitCode}). Fix the errors below and run the command again.",
                ErrorLines(outcome.Output));
        }

        var stamp = Path.Combine(staging, StampFile);
        await File.WriteAllTextAsync(stamp, $"{app.ProjectFile}\n", cancellationToken);
        // Sources edited while the publish ran are newer than the stamp, so the next call publishes again.
        File.SetLastWriteTimeUtc(stamp, startedAt);
        Replace(target, staging);
        return dll;
    }

    private bool IsCurrent(AppProject app, string target, string dll)
    {
        var stamp = Path.Combine(target, StampFile);
        if (!File.Exists(dll) || !File.Exists(stamp))
        {
            return false;
        }

        var publishedAt = File.GetLastWriteTimeUtc(stamp);
        return !app.Inputs(projectDirectory).Any(input => File.GetLastWriteTimeUtc(input) > publishedAt);
    }

    /// <summary>
    /// Swaps folders instead of publishing over the old copy: running instances keep their (unlinked) files, and a
    /// failed publish leaves the old copy intact.
    /// </summary>
    private static void Replace(string target, string staging)
    {
        var retired = $"{target}.old-{Guid.NewGuid():N}";
        if (Directory.Exists(target))
        {
            Directory.Move(target, retired);
        }

        Directory.Move(staging, target);
        DeleteQuietly(retired);
    }

    /// <summary>Serializes publishes of one app between concurrent commands; the kernel releases it if one dies.</summary>
    private async Task<FileStream> LockAsync(string path, CancellationToken cancellationToken)
    {
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException)
            {
                await Task.Delay(LockPollInterval, _time, cancellationToken);
            }
        }
    }

    private static List<string> ErrorLines(string output)
    {
        var lines = output.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var errors = lines.Where(line => line.Contains(" error ", StringComparison.Ordinal)).Distinct().Take(20).ToList();
        return errors.Count > 0 ? errors : lines.TakeLast(20).ToList();
    }

    private static void DeleteQuietly(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (IOException)
        {
            // A leftover folder is harmless: every publish uses a fresh staging name.
        }
    }
}
