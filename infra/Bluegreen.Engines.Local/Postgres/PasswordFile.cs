using System.Security.Cryptography;

namespace Bluegreen.Engines.Local.Postgres;

/// <summary>The app role's generated password: one file, readable by its owner only, never printed.</summary>
internal static class PasswordFile
{
    /// <summary>Reads the password, creating the file first when it is missing (then <c>created</c> is true).</summary>
    public static (string Password, bool Created) ReadOrCreate(string path)
    {
        if (File.Exists(path))
        {
            return (Read(path), false);
        }

        var password = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
        UnixFiles.WritePrivateFile(path, password);
        return (password, true);
    }

    public static string Read(string path)
    {
        string password;
        try
        {
            password = File.ReadAllText(path).Trim();
        }
        catch (FileNotFoundException)
        {
            throw new StackFailureException(
                StackError.NotRunning,
                $"The local database has no password file at {path}: it was never created. Bring the local stack up first.");
        }

        if (password.Length == 0)
        {
            throw new StackFailureException(
                StackError.CorruptState,
                $"The password file {path} is empty. Delete it; the next start generates a new password.");
        }

        return password;
    }
}
