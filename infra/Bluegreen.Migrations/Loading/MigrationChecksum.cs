using System.Security.Cryptography;
using System.Text;

namespace Bluegreen.Migrations.Loading;

internal static class MigrationChecksum
{
    /// <summary>Lower-case hex SHA-256 of <paramref name="text"/> with CRLF made LF.</summary>
    public static string Of(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.Replace("\r\n", "\n", StringComparison.Ordinal))));
}
