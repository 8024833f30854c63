using System.Security.Cryptography;

namespace Bluegreen.Local.Contracts.Routing;

/// <summary>The admin endpoint's bearer token in <c>admin-token</c>, readable by the owner only.</summary>
public static class AdminTokenFile
{
    private const int TokenBytes = 32;

    public static string PathIn(string routerStateDirectory) => Path.Combine(routerStateDirectory, RouterStateFiles.AdminToken);

    /// <summary>Reads the token, creating the file (mode 0600, random token) when it does not exist yet.</summary>
    /// <remarks>Safe when the router and the command line race to create it: both end up with the same token.</remarks>
    public static string ReadOrCreate(string routerStateDirectory)
    {
        var path = PathIn(routerStateDirectory);
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(routerStateDirectory);
            var temp = $"{path}.{Environment.ProcessId}.tmp";
            WriteOwnerOnly(temp, Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(TokenBytes)));
            try
            {
                File.Move(temp, path, overwrite: false);
            }
            catch (IOException) when (File.Exists(path))
            {
                File.Delete(temp);
            }
        }

        return Read(routerStateDirectory);
    }

    /// <exception cref="FileNotFoundException">The router has not created the token yet.</exception>
    /// <exception cref="InvalidDataException">The file is empty or holds more than one line.</exception>
    public static string Read(string routerStateDirectory)
    {
        var path = PathIn(routerStateDirectory);
        var token = File.ReadAllText(path).Trim();
        if (token.Length == 0 || token.Any(char.IsWhiteSpace))
        {
            throw new InvalidDataException(
                $"{path} does not hold a token (empty or several words). Delete it; the router creates a new one on its next start.");
        }

        return token;
    }

    private static void WriteOwnerOnly(string path, string content)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using var writer = new StreamWriter(path, options);
        writer.Write(content + "\n");
    }
}
