namespace Bluegreen.PulumiYaml.Schemas;

/// <summary>Reads a file of <c>Schemas/vendored</c>, which the project compiles in as a resource named <c>Schemas.&lt;file&gt;</c>.</summary>
public static class VendoredSchema
{
    public static byte[] Read(string file)
    {
        using var stream = typeof(VendoredSchema).Assembly.GetManifestResourceStream($"Schemas.{file}")
            ?? throw new FileNotFoundException($"Schema '{file}' is not vendored: add it to tests/Bluegreen.PulumiYaml/Schemas/vendored.", file);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
