using Bluegreen.Engines;
using Bluegreen.Engines.Local.Postgres;

namespace Bluegreen.Tests.Engines.Local.Postgres;

public sealed class PostgresInstallationTests : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("bg-pginst-");

    public void Dispose() => _root.Delete(recursive: true);

    [Fact]
    public void Locate_SeveralVersions_PicksTheNewestComplete()
    {
        CreateBin("9", "initdb", "postgres", "pg_basebackup");
        CreateBin("13", "initdb", "postgres", "pg_basebackup");
        CreateBin("16", "initdb", "postgres");

        var installation = PostgresInstallation.Locate(_root.FullName);

        Assert.Equal(Path.Combine(_root.FullName, "13", "bin"), installation.BinDirectory);
        Assert.Equal(Path.Combine(_root.FullName, "13", "bin", "pg_basebackup"), installation.BaseBackup);
    }

    [Fact]
    public void Locate_NothingInstalled_SaysHowToInstall()
    {
        var failure = Assert.Throws<StackFailureException>(() => PostgresInstallation.Locate(Path.Combine(_root.FullName, "absent")));

        Assert.Equal(StackError.PostgresMissing, failure.Error);
        Assert.Equal(
            $"PostgreSQL server programs (initdb, postgres, pg_basebackup) were not found in {_root.FullName}/absent/*/bin. " +
            "Install them with infra/scripts/install-deps.sh (as root; it installs the Debian package postgresql).",
            failure.Message);
        Assert.Empty(failure.Details);
    }

    [Fact]
    public void Locate_IncompleteVersion_NamesWhatIsMissing()
    {
        CreateBin("15", "postgres");

        var failure = Assert.Throws<StackFailureException>(() => PostgresInstallation.Locate(_root.FullName));

        Assert.Equal(StackError.PostgresMissing, failure.Error);
        Assert.Equal([$"{_root.FullName}/15/bin lacks initdb, pg_basebackup"], failure.Details);
    }

    [Fact]
    public void Open_FakeBinariesFolder_FailsWithPostgresMissing()
    {
        CreateBin("15", "psql");
        var options = new LocalDatabaseOptions { StateDirectory = "/tmp/bg-never-created", PrimaryPort = 54320, InstallationRoot = _root.FullName };

        var failure = Assert.Throws<StackFailureException>(() => LocalDatabaseCluster.Open(options));

        Assert.Equal(StackError.PostgresMissing, failure.Error);
        Assert.False(Directory.Exists("/tmp/bg-never-created"));
    }

    private void CreateBin(string version, params string[] programs)
    {
        var bin = Directory.CreateDirectory(Path.Combine(_root.FullName, version, "bin"));
        foreach (var program in programs)
        {
            File.WriteAllText(Path.Combine(bin.FullName, program), "");
        }
    }
}
