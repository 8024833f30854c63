using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Bluegreen.Engines.Local.Postgres;

/// <summary>
/// The SCRAM-SHA-256 verifier PostgreSQL stores for a password (RFC 5802/7677). Sending the verifier instead of the
/// password in CREATE/ALTER ROLE keeps the password out of server logs, even when a statement is logged.
/// </summary>
internal static class ScramVerifier
{
    public const int Iterations = 4096;

    public static string Compute(string password) => Compute(password, RandomNumberGenerator.GetBytes(16), Iterations);

    public static string Compute(string password, byte[] salt, int iterations)
    {
        var salted = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), salt, iterations, HashAlgorithmName.SHA256, 32);
        var storedKey = SHA256.HashData(HMACSHA256.HashData(salted, "Client Key"u8));
        var serverKey = HMACSHA256.HashData(salted, "Server Key"u8);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"SCRAM-SHA-256${iterations}:{Convert.ToBase64String(salt)}${Convert.ToBase64String(storedKey)}:{Convert.ToBase64String(serverKey)}");
    }
}
