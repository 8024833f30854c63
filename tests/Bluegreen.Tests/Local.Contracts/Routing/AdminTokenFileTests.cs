using System.Runtime.Versioning;
using Bluegreen.Local.Contracts.Routing;

namespace Bluegreen.Tests.Local.Contracts.Routing;

[SupportedOSPlatform("linux")]
public sealed class AdminTokenFileTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), $"bluegreen-token-{Guid.NewGuid():N}");

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    [Fact]
    public void ReadOrCreate_WithoutFile_CreatesOwnerOnly64HexToken()
    {
        var token = AdminTokenFile.ReadOrCreate(_directory);

        var path = Path.Combine(_directory, "admin-token");
        Assert.Matches("^[0-9a-f]{64}$", token);
        Assert.Equal(token + "\n", File.ReadAllText(path));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        Assert.Equal(["admin-token"], Directory.GetFiles(_directory).Select(Path.GetFileName));
    }

    [Fact]
    public void ReadOrCreate_WithFile_KeepsItsToken()
    {
        Directory.CreateDirectory(_directory);
        File.WriteAllText(Path.Combine(_directory, "admin-token"), "  given-token\n");

        Assert.Equal("given-token", AdminTokenFile.ReadOrCreate(_directory));
        Assert.Equal("given-token", AdminTokenFile.Read(_directory));
    }

    [Theory]
    [InlineData("")]
    [InlineData("two words")]
    public void Read_FileWithoutSingleToken_SaysToDeleteIt(string content)
    {
        Directory.CreateDirectory(_directory);
        File.WriteAllText(Path.Combine(_directory, "admin-token"), content);

        var failure = Assert.Throws<InvalidDataException>(() => AdminTokenFile.Read(_directory));

        Assert.Equal(
            $"{Path.Combine(_directory, "admin-token")} does not hold a token (empty or several words). Delete it; the router creates a new one on its next start.",
            failure.Message);
    }
}
