using Semver;

namespace Bluegreen.Migrations.Model;

/// <summary>
/// An app version as deployed (the image tag), read as a semantic version where it is one: "2.0.0", "v2", "2.1"
/// and "2.1.0-faulty" are; "latest" or a commit hash are not, and then no contract can be proven safe for it.
/// </summary>
public sealed record AppVersion
{
    // A leading "v" and a missing minor or patch are common in image tags ("v2", "2.1").
    internal const SemVersionStyles Styles = SemVersionStyles.AllowV | SemVersionStyles.OptionalMinorPatch;

    private AppVersion(string tag, SemVersion? semantic)
    {
        Tag = tag;
        Semantic = semantic;
    }

    public string Tag { get; }

    internal SemVersion? Semantic { get; }

    public bool IsSemantic => Semantic is not null;

    public static AppVersion Of(string tag)
    {
        ArgumentNullException.ThrowIfNull(tag);
        return new AppVersion(tag, SemVersion.TryParse(tag, Styles, out var semantic) ? semantic : null);
    }

    /// <summary>Semantic-version order; false when either side is not a semantic version.</summary>
    public bool IsAtLeast(AppVersion other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Semantic is not null && other.Semantic is not null && Semantic.ComparePrecedenceTo(other.Semantic) >= 0;
    }

    public override string ToString() => Tag;
}
