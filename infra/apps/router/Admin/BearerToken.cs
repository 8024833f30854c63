using System.Security.Cryptography;
using System.Text;
using Microsoft.Net.Http.Headers;

namespace Bluegreen.Router.Admin;

/// <summary>Checks <c>Authorization: Bearer &lt;token&gt;</c> against the token from <c>admin-token</c> in constant time.</summary>
internal sealed class BearerToken(string token)
{
    private const string Scheme = "Bearer ";
    private readonly byte[] _expected = Encoding.UTF8.GetBytes(token);

    public bool Accepts(HttpRequest request)
    {
        string? header = request.Headers[HeaderNames.Authorization];
        if (header is null || !header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var presented = Encoding.UTF8.GetBytes(header[Scheme.Length..].Trim());
        return CryptographicOperations.FixedTimeEquals(presented, _expected);
    }
}
