using Bluegreen.Synth;

namespace Bluegreen.Cli.Synthesis;

/// <summary>Writes rendered files into the project folder, leaving files whose text is already right untouched.</summary>
internal static class GeneratedFileWriter
{
    public static SynthFileResult Write(string projectDirectory, RenderedFile file)
    {
        var path = Path.Combine(projectDirectory, file.RelativePath);
        if (File.Exists(path) && File.ReadAllText(path) == file.Content)
        {
            return new SynthFileResult(file.RelativePath, SynthFileStatus.Unchanged);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, file.Content);
        File.Move(temporary, path, overwrite: true);
        return new SynthFileResult(file.RelativePath, SynthFileStatus.Written);
    }
}

internal enum SynthFileStatus
{
    Written,
    Unchanged,
}

internal sealed record SynthFileResult(string Path, SynthFileStatus Status);

internal sealed record SynthResult(IReadOnlyList<SynthFileResult> Files);
