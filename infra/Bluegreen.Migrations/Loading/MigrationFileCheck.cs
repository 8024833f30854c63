using Bluegreen.Migrations.Model;

namespace Bluegreen.Migrations.Loading;

/// <summary>Every check on one entry of the migrations folder; the checks across files (duplicate numbers) are the loader's.</summary>
internal sealed class MigrationFileCheck(MigrationSource source, ParsedName? name, int nextFree)
{
    private readonly List<MigrationLoadError> _errors = [];

    public List<MigrationLoadError> Run(out Migration? migration)
    {
        migration = null;
        if (source.IsFolder)
        {
            Add("Is a folder; migrations are the .sql files directly inside the migrations folder.", "Move it out of the migrations folder.");
            return _errors;
        }

        if (name is null)
        {
            Add($"Is not a SQL file; the migrations folder holds only migrations named {MigrationFileName.Pattern}.",
                $"Move it out of the migrations folder, or rename it {MigrationFileName.Pattern} if it is a migration.");
            return _errors;
        }

        CheckName(name);
        var header = MigrationHeader.Read(source.Text);
        if (!header.HasStatements)
        {
            Add("Holds no SQL statement.", "Write the migration's statements into it, or delete the file.");
        }

        foreach (var (problem, fix) in header.Problems)
        {
            Add($"It {problem}", fix);
        }

        var breaks = CheckBreaks(name, header.Breaks);
        if (_errors.Count == 0)
        {
            migration = new Migration(name.Number!.Value, source.Name, name.Phase!.Value, breaks, source.Text, MigrationChecksum.Of(source.Text));
        }

        return _errors;
    }

    private void CheckName(ParsedName parsed)
    {
        var phaseSuffix = parsed.PhaseWord is null ? "" : $".{parsed.PhaseWord}";
        if (parsed.NumberTooLarge)
        {
            Add("Its number is too large.", $"Rename it {nextFree:D4}_{parsed.Description}{phaseSuffix}.sql (the next free number).");
        }
        else if (parsed.Number is null)
        {
            Add("Does not start with a migration number.",
                $"Rename it {nextFree:D4}_{parsed.Description}{phaseSuffix}.sql (the next free number), following {MigrationFileName.Pattern}.");
        }

        if (parsed.Phase is null)
        {
            var problem = parsed.PhaseWord is null
                ? "Has no phase in its name."
                : $"Has the phase \"{parsed.PhaseWord}\" in its name, which is neither expand nor contract.";
            Add(problem,
                $"Rename it {parsed.Stem}.expand.sql if every running version keeps working after it, or {parsed.Stem}.contract.sql "
                + "with a \"-- breaks: < X.Y.Z\" header if it removes something older versions use.");
        }
    }

    private BreakingRange? CheckBreaks(ParsedName parsed, string? breaks)
    {
        if (parsed.Phase == MigrationPhase.Contract && breaks is null)
        {
            Add("Is a contract but does not say which app versions it breaks.",
                "Add a header line such as \"-- breaks: < 2.0.0\" at the top of the file: the versions that stop working once it has run.");
            return null;
        }

        if (breaks is null)
        {
            return null;
        }

        if (parsed.Phase == MigrationPhase.Expand)
        {
            Add($"Is an expand but declares \"breaks: {breaks}\"; an expand must leave every running version working.",
                $"If it does break older versions, rename it {parsed.Stem}.contract.sql; otherwise delete the \"-- breaks:\" line.");
            return null;
        }

        if (!BreakingRange.TryParse(breaks, out var range, out var problem))
        {
            Add($"Declares \"breaks: {breaks}\", which is not a version range: {problem}",
                "Write a semantic-version range such as \"< 2.0.0\", \">= 1.0.0 < 1.4.0\" or \"< 1.2.0 || 1.5.*\".");
        }

        return range;
    }

    private void Add(string problem, string fix) =>
        _errors.Add(new MigrationLoadError(source.IsFolder ? $"{source.Name}/" : source.Name, problem, fix));
}
