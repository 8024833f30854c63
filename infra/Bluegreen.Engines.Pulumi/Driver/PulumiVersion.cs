using System.Globalization;
using Bluegreen.Stacks.Composition;

namespace Bluegreen.Engines.Pulumi.Driver;

/// <summary>A Pulumi CLI release number, as printed by <c>pulumi version</c> ("v3.259.0").</summary>
internal sealed record PulumiVersion(int Major, int Minor, int Patch) : IComparable<PulumiVersion>
{
    /// <summary>The oldest CLI that bundles pulumi-yaml 1.33, the first release where two instances of one YAML component work.</summary>
    public static readonly PulumiVersion MinimumSupported = TryParse(PulumiCliRequirement.MinimumVersion, out var minimum)
        ? minimum
        : throw new InvalidOperationException($"{PulumiCliRequirement.MinimumVersion} is not a CLI version.");

    /// <summary>From this release on, exit codes say what failed (7 = changes found, 6 = no stack); before it every error was 255.</summary>
    public static readonly PulumiVersion DistinctExitCodes = new(3, 227, 0);

    /// <summary>Reads "v3.259.0", "3.259.0" or "v3.260.0-alpha.1+abc"; pre-release and build suffixes are ignored.</summary>
    public static bool TryParse(string? text, out PulumiVersion version)
    {
        version = new PulumiVersion(0, 0, 0);
        var trimmed = (text ?? "").Trim();
        if (trimmed.StartsWith('v'))
        {
            trimmed = trimmed[1..];
        }

        var core = trimmed.Split('-', '+')[0].Split('.');
        if (core.Length != 3 || !core.All(part => part.Length > 0 && part.All(char.IsAsciiDigit)))
        {
            return false;
        }

        version = new PulumiVersion(
            int.Parse(core[0], CultureInfo.InvariantCulture),
            int.Parse(core[1], CultureInfo.InvariantCulture),
            int.Parse(core[2], CultureInfo.InvariantCulture));
        return true;
    }

    public int CompareTo(PulumiVersion? other)
    {
        if (other is null)
        {
            return 1;
        }

        var major = Major.CompareTo(other.Major);
        if (major != 0)
        {
            return major;
        }

        var minor = Minor.CompareTo(other.Minor);
        return minor != 0 ? minor : Patch.CompareTo(other.Patch);
    }

    public bool IsAtLeast(PulumiVersion other) => CompareTo(other) >= 0;

    public override string ToString() => $"{Major}.{Minor}.{Patch}";
}
