namespace Bluegreen.Migrations.Loading;

/// <summary>Why a migrations folder cannot be used, naming the file and how to fix it.</summary>
/// <param name="FileName">The file (or files, comma-separated) at fault.</param>
public sealed record MigrationLoadError(string FileName, string Problem, string Fix)
{
    public override string ToString() => $"{FileName}: {Problem} Fix: {Fix}";
}
