using Bluegreen.Migrations.Model;

namespace Bluegreen.Migrations.Loading;

/// <summary>
/// Reads an app's migrations folder. Every file is checked and every problem reported (YARP's ConfigValidator habit);
/// a folder with any problem yields no set, so nothing from it can be applied.
/// </summary>
/// <remarks>
/// A migration is <c>NNNN_description.expand.sql</c> or <c>NNNN_description.contract.sql</c>. A contract starts with
/// a header comment naming the app versions it breaks, for example:
/// <code>
/// -- Drops the column that versions before 2.0.0 read.
/// -- breaks: &lt; 2.0.0
/// ALTER TABLE accounts DROP COLUMN is_verified;
/// </code>
/// </remarks>
public static class MigrationSetLoader
{
    public static MigrationLoadResult LoadFolder(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        if (!Directory.Exists(folder))
        {
            return MigrationLoadResult.Of([], [new MigrationLoadError(folder, "The migrations folder does not exist.",
                "Create it next to the app (it may be empty), or check the path.")]);
        }

        var sources = new List<MigrationSource>();
        var errors = new List<MigrationLoadError>();
        foreach (var entry in new DirectoryInfo(folder).EnumerateFileSystemInfos())
        {
            if (entry is DirectoryInfo)
            {
                sources.Add(new MigrationSource(entry.Name, "", IsFolder: true));
                continue;
            }

            try
            {
                sources.Add(new MigrationSource(entry.Name, MigrationFileName.IsSql(entry.Name) ? File.ReadAllText(entry.FullName) : ""));
            }
            catch (Exception failure) when (failure is IOException or UnauthorizedAccessException)
            {
                errors.Add(new MigrationLoadError(entry.Name, $"Cannot be read: {failure.Message}", "Check that the file is readable."));
            }
        }

        var parsed = Parse(sources);
        return errors.Count == 0 ? parsed : MigrationLoadResult.Of([], [.. errors, .. parsed.Errors]);
    }

    public static MigrationLoadResult Parse(IEnumerable<MigrationSource> sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var ordered = sources.OrderBy(source => source.Name, StringComparer.Ordinal).ToList();
        var names = ordered.Where(source => !source.IsFolder && MigrationFileName.IsSql(source.Name))
            .ToDictionary(source => source.Name, source => MigrationFileName.Parse(source.Name), StringComparer.Ordinal);
        var nextFree = names.Values.Select(name => name.Number ?? 0).DefaultIfEmpty(0).Max() + 1;
        var errors = new List<MigrationLoadError>();
        var migrations = new List<Migration>();
        foreach (var source in ordered)
        {
            var fileErrors = new MigrationFileCheck(source, names.GetValueOrDefault(source.Name), nextFree).Run(out var migration);
            errors.AddRange(fileErrors);
            if (migration is not null)
            {
                migrations.Add(migration);
            }
        }

        errors.AddRange(names
            .Where(pair => pair.Value.Number is not null)
            .GroupBy(pair => pair.Value.Number!.Value)
            .Where(group => group.Count() > 1)
            .OrderBy(group => group.Key)
            .Select(group => new MigrationLoadError(
                string.Join(", ", group.Select(pair => pair.Key)),
                $"{group.Count()} migrations share number {group.Key}, so their order would be a guess.",
                $"Renumber all but one of them, starting at {nextFree:D4} (the next free number).")));
        return MigrationLoadResult.Of(migrations, errors);
    }
}
