using Bluegreen.Engines;
using Bluegreen.Engines.Local.Postgres;

namespace Bluegreen.Tests.Engines.Local.Postgres;

public sealed class ServerAccountTests : IDisposable
{
    private readonly string _passwd = Path.GetTempFileName();

    public void Dispose() => File.Delete(_passwd);

    [Fact]
    public void Command_SwitchingAccount_WrapsTheProgramInSetpriv()
    {
        File.WriteAllText(_passwd, "root:x:0:0:root:/root:/bin/bash\npostgres:x:101:104:PostgreSQL administrator,,,:/var/lib/postgresql:/bin/bash\n");

        var command = ServerAccount.SwitchTo("postgres", _passwd).Command("/usr/lib/postgresql/15/bin/initdb", "-D", "/s/pg/primary");

        Assert.Equal("setpriv", command.FileName);
        Assert.Equal(
            ["--reuid=postgres", "--regid=postgres", "--init-groups", "--reset-env", "/usr/lib/postgresql/15/bin/initdb", "-D", "/s/pg/primary"],
            command.Arguments);
    }

    [Fact]
    public void Command_CurrentUser_RunsTheProgramDirectly()
    {
        var command = ServerAccount.CurrentUser.Command("/usr/lib/postgresql/15/bin/initdb", "-D", "/s/pg/primary");

        Assert.Equal("/usr/lib/postgresql/15/bin/initdb", command.FileName);
        Assert.Equal(["-D", "/s/pg/primary"], command.Arguments);
    }

    [Fact]
    public void SwitchTo_UnknownUser_SaysHowToCreateIt()
    {
        File.WriteAllText(_passwd, "root:x:0:0:root:/root:/bin/bash\npostgresql:x:7:7::/:/bin/sh\n");

        var failure = Assert.Throws<StackFailureException>(() => ServerAccount.SwitchTo("postgres", _passwd));

        Assert.Equal(StackError.PostgresMissing, failure.Error);
        Assert.Contains("the user 'postgres' it should run as does not exist", failure.Message, StringComparison.Ordinal);
        Assert.Contains("infra/scripts/install-deps.sh", failure.Message, StringComparison.Ordinal);
    }
}
