using Bluegreen.Components.Model;

namespace Bluegreen.Components.Aws.Providers;

/// <summary>
/// Explicit provider resources with exact plugin versions, so a machine with another plugin installed cannot run the
/// program with other semantics. The versions are those of the provider schemas the tests validate against.
/// </summary>
public static class PinnedProviders
{
    public const string AwsVersion = "7.48.0";
    public const string RandomVersion = "4.21.2";

    /// <summary>
    /// The aws provider for <paramref name="region"/>. Stack config reaches default providers only (pulumi/pulumi
    /// default_providers.go <c>newRegisterDefaultProviderEvent</c> calls <c>GetPackageConfig</c>); an explicit provider
    /// gets its inputs alone, so the region is one.
    /// </summary>
    public static Resource Aws(string name, Expr region, bool isDefault) =>
        new(name, TypeTokens.AwsProvider, Expr.Map(("region", region)), new ResourceOptions { Version = AwsVersion }) { DefaultProvider = isDefault };

    public static Resource Random(string name, bool isDefault) =>
        new(name, TypeTokens.RandomProvider, ObjectExpr.Empty, new ResourceOptions { Version = RandomVersion }) { DefaultProvider = isDefault };
}
