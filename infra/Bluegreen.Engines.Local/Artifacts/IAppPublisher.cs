namespace Bluegreen.Engines.Local.Artifacts;

/// <summary>Runs the build tool that publishes an app; the process boundary of <see cref="AppArtifacts"/>.</summary>
internal interface IAppPublisher
{
    Task<PublishOutcome> PublishAsync(string projectFile, string outputDirectory, CancellationToken cancellationToken);
}

/// <param name="Output">Everything the build tool printed, standard output then standard error.</param>
internal sealed record PublishOutcome(int ExitCode, string Output);
