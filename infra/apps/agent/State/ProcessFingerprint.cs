using System.Security.Cryptography;
using System.Text.Json;
using Bluegreen.Local.Contracts.Agent;

namespace Bluegreen.Agent.State;

/// <summary>
/// A short hash of everything in a spec, with the environment in a fixed order: equal specs give equal
/// fingerprints, so "changed" means "different fingerprint".
/// </summary>
internal static class ProcessFingerprint
{
    public static string Of(ProcessSpec spec)
    {
        var canonical = spec with
        {
            Environment = new SortedDictionary<string, string>(spec.Environment.ToDictionary(), StringComparer.Ordinal),
        };
        var bytes = JsonSerializer.SerializeToUtf8Bytes(canonical, AgentJson.Options);
        return Convert.ToHexStringLower(SHA256.HashData(bytes).AsSpan(0, 8));
    }
}
