namespace Bluegreen.Migrations.Loading;

/// <summary>One entry of a migrations folder as found on disk: a file with its text, or a sub-folder.</summary>
/// <param name="Text">The file's text; empty for a folder and for files that are not SQL (they are not read).</param>
public sealed record MigrationSource(string Name, string Text, bool IsFolder = false);
