using System.Runtime.Versioning;
using Bluegreen.Migrations.Loading;
using Bluegreen.Migrations.Model;
using Bluegreen.Tests.Common;

namespace Bluegreen.Tests.Migrations;

[SupportedOSPlatform("linux")]
public sealed class MigrationSetLoaderTests
{
    private const string Expand = "0001_create_accounts.expand.sql";
    private const string Sql = "CREATE TABLE accounts (id bigserial PRIMARY KEY);";

    [Fact]
    public void Parse_ValidFiles_OrderedByNumberWithPhaseAndRange()
    {
        var result = Parse(
            ("10_drop_old.contract.sql", "-- Drops what 1.x reads.\n-- breaks: < 2.0.0\n\nDROP TABLE old;"),
            ("9_add_new.expand.sql", "ALTER TABLE accounts ADD COLUMN new text;"),
            (Expand, Sql));

        var set = result.Set!;
        Assert.Empty(result.Errors);
        Assert.Equal([1, 9, 10], set.All.Select(migration => migration.Number));
        Assert.Equal([MigrationPhase.Expand, MigrationPhase.Expand, MigrationPhase.Contract], set.All.Select(migration => migration.Phase));
        Assert.Equal("< 2.0.0", set.Find(10)!.Breaks!.Text);
        Assert.Null(set.Find(9)!.Breaks);
        Assert.Equal("ALTER TABLE accounts ADD COLUMN new text;", set.Find(9)!.Sql);
    }

    [Theory]
    [InlineData("notes.txt", "",
        "Is not a SQL file; the migrations folder holds only migrations named NNNN_description.expand.sql or NNNN_description.contract.sql.",
        "Move it out of the migrations folder, or rename it NNNN_description.expand.sql or NNNN_description.contract.sql if it is a migration.")]
    [InlineData("0002_add_email.sql", Sql,
        "Has no phase in its name.",
        "Rename it 0002_add_email.expand.sql if every running version keeps working after it, or 0002_add_email.contract.sql with a \"-- breaks: < X.Y.Z\" header if it removes something older versions use.")]
    [InlineData("0002_add_email.shrink.sql", Sql,
        "Has the phase \"shrink\" in its name, which is neither expand nor contract.",
        "Rename it 0002_add_email.expand.sql if every running version keeps working after it, or 0002_add_email.contract.sql with a \"-- breaks: < X.Y.Z\" header if it removes something older versions use.")]
    [InlineData("add_email.expand.sql", Sql,
        "Does not start with a migration number.",
        "Rename it 0002_add_email.expand.sql (the next free number), following NNNN_description.expand.sql or NNNN_description.contract.sql.")]
    [InlineData("99999999999_add_email.expand.sql", Sql,
        "Its number is too large.",
        "Rename it 0002_add_email.expand.sql (the next free number).")]
    [InlineData("0002_drop_is_verified.contract.sql", "ALTER TABLE accounts DROP COLUMN is_verified;",
        "Is a contract but does not say which app versions it breaks.",
        "Add a header line such as \"-- breaks: < 2.0.0\" at the top of the file: the versions that stop working once it has run.")]
    [InlineData("0002_add_email.expand.sql", "-- breaks: < 2.0.0\nALTER TABLE accounts ADD COLUMN email text;",
        "Is an expand but declares \"breaks: < 2.0.0\"; an expand must leave every running version working.",
        "If it does break older versions, rename it 0002_add_email.contract.sql; otherwise delete the \"-- breaks:\" line.")]
    [InlineData("0002_drop.contract.sql", "-- breaks: before 2\nDROP TABLE old;",
        "Declares \"breaks: before 2\", which is not a version range: Major version contains invalid character 'b' in 'before'.",
        "Write a semantic-version range such as \"< 2.0.0\", \">= 1.0.0 < 1.4.0\" or \"< 1.2.0 || 1.5.*\".")]
    [InlineData("0002_drop.contract.sql", "-- breaks: > 3.0.0 < 2.0.0\nDROP TABLE old;",
        "Declares \"breaks: > 3.0.0 < 2.0.0\", which is not a version range: matches no version at all",
        "Write a semantic-version range such as \"< 2.0.0\", \">= 1.0.0 < 1.4.0\" or \"< 1.2.0 || 1.5.*\".")]
    [InlineData("0002_empty.expand.sql", "-- to do\n\n",
        "Holds no SQL statement.",
        "Write the migration's statements into it, or delete the file.")]
    [InlineData("0002_drop.contract.sql", "-- breaks: < 2.0.0\nDROP TABLE old;\n-- breaks: < 3.0.0\n",
        "It declares \"breaks: < 3.0.0\" after its first statement, where it is not read.",
        "Move the \"-- breaks:\" line to the top of the file, before any SQL.")]
    [InlineData("0002_drop.contract.sql", "-- breaks: < 2.0.0\n-- breaks: < 3.0.0\nDROP TABLE old;",
        "It declares breaks twice (\"< 2.0.0\" and \"< 3.0.0\").",
        "Keep one \"-- breaks:\" line; join alternatives with \"||\", e.g. \"< 1.2.0 || 1.5.*\".")]
    public void Parse_OneBadFile_NamesTheFileTheProblemAndTheFix_AndYieldsNoSet(string name, string text, string problem, string fix)
    {
        var result = Parse((Expand, Sql), (name, text));

        Assert.Null(result.Set);
        Assert.Equal([new MigrationLoadError(name, problem, fix)], result.Errors);
    }

    [Fact]
    public void Parse_Folder_IsAnErrorNamingIt()
    {
        var result = MigrationSetLoader.Parse([new MigrationSource(Expand, Sql), new MigrationSource("drafts", "", IsFolder: true)]);

        Assert.Equal(
            [new MigrationLoadError("drafts/", "Is a folder; migrations are the .sql files directly inside the migrations folder.", "Move it out of the migrations folder.")],
            result.Errors);
    }

    [Fact]
    public void Parse_TwoFilesWithOneNumber_OneErrorNamingBothAndTheNextFreeNumber()
    {
        var result = Parse(
            (Expand, Sql),
            ("0003_add_email.expand.sql", "ALTER TABLE accounts ADD COLUMN email text;"),
            ("0003_add_phone.expand.sql", "ALTER TABLE accounts ADD COLUMN phone text;"));

        Assert.Null(result.Set);
        Assert.Equal(
            [new MigrationLoadError("0003_add_email.expand.sql, 0003_add_phone.expand.sql",
                "2 migrations share number 3, so their order would be a guess.",
                "Renumber all but one of them, starting at 0004 (the next free number).")],
            result.Errors);
    }

    [Fact]
    public void Parse_ManyProblems_ReportsEveryOneInNameOrder()
    {
        var result = Parse(
            ("README.md", "# notes"),
            (Expand, Sql),
            ("0002_drop.contract.sql", "DROP TABLE old;"),
            ("0003_add.sql", Sql),
            ("0003_add.expand.sql", "-- breaks: < 2\n" + Sql));

        Assert.Null(result.Set);
        Assert.Equal(
            [
                ("0002_drop.contract.sql", "Is a contract but does not say which app versions it breaks."),
                ("0003_add.expand.sql", "Is an expand but declares \"breaks: < 2\"; an expand must leave every running version working."),
                ("0003_add.sql", "Has no phase in its name."),
                ("README.md", "Is not a SQL file; the migrations folder holds only migrations named NNNN_description.expand.sql or NNNN_description.contract.sql."),
                ("0003_add.expand.sql, 0003_add.sql", "2 migrations share number 3, so their order would be a guess."),
            ],
            result.Errors.Select(error => (error.FileName, error.Problem)));
    }

    [Fact]
    public void Parse_EmptyFolder_IsAnEmptySet()
    {
        var result = MigrationSetLoader.Parse([]);

        Assert.Empty(result.Set!.All);
    }

    [Fact]
    public void LoadFolder_Missing_SaysToCreateIt()
    {
        using var temp = new TempFolder();
        var missing = temp.File("migrations");

        var result = MigrationSetLoader.LoadFolder(missing);

        Assert.Equal([new MigrationLoadError(missing, "The migrations folder does not exist.", "Create it next to the app (it may be empty), or check the path.")], result.Errors);
    }

    [Fact]
    public void LoadFolder_ReadsEveryEntry_AndLineEndingsDoNotChangeTheChecksum()
    {
        using var unix = new TempFolder();
        using var windows = new TempFolder();
        File.WriteAllText(unix.File(Expand), "CREATE TABLE a (id int);\nCREATE TABLE b (id int);\n");
        File.WriteAllText(windows.File(Expand), "CREATE TABLE a (id int);\r\nCREATE TABLE b (id int);\r\n");
        File.WriteAllText(unix.File("0002_drop_b.contract.sql"), "-- breaks: < 2.0.0\r\nDROP TABLE b;\r\n");

        var fromUnix = MigrationSetLoader.LoadFolder(unix.Path).Set!;
        var fromWindows = MigrationSetLoader.LoadFolder(windows.Path).Set!;

        Assert.Equal(2, fromUnix.All.Count);
        Assert.Equal("< 2.0.0", fromUnix.Find(2)!.Breaks!.Text);
        Assert.Equal(fromUnix.Find(1)!.Checksum, fromWindows.Find(1)!.Checksum);
        Assert.Equal(64, fromUnix.Find(1)!.Checksum.Length);
        Assert.NotEqual(fromUnix.Find(1)!.Checksum, fromUnix.Find(2)!.Checksum);
    }

    [Fact]
    public void LoadFolder_WithASubfolderAndAStrayFile_ListsBothAndYieldsNoSet()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp.File(Expand), Sql);
        File.WriteAllText(temp.File(".DS_Store"), "");
        Directory.CreateDirectory(temp.File("old"));

        var result = MigrationSetLoader.LoadFolder(temp.Path);

        Assert.Null(result.Set);
        Assert.Equal([".DS_Store", "old/"], result.Errors.Select(error => error.FileName));
    }

    private static MigrationLoadResult Parse(params (string Name, string Text)[] files) =>
        MigrationSetLoader.Parse(files.Select(file => new MigrationSource(file.Name, file.Text)));
}
