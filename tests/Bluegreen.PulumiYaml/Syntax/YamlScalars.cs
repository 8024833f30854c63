using System.Globalization;
using System.Text.RegularExpressions;

namespace Bluegreen.PulumiYaml.Syntax;

/// <summary>Resolves a plain (unquoted) YAML scalar the way YAML 1.2's core schema does, as yaml.v3 in the host.</summary>
public static partial class YamlScalars
{
    public static object? Resolve(string plain)
    {
        switch (plain)
        {
            case "" or "~" or "null" or "Null" or "NULL":
                return null;
            case "true" or "True" or "TRUE":
                return true;
            case "false" or "False" or "FALSE":
                return false;
            case ".inf" or ".Inf" or ".INF" or "+.inf" or "+.Inf" or "+.INF":
                return double.PositiveInfinity;
            case "-.inf" or "-.Inf" or "-.INF":
                return double.NegativeInfinity;
            case ".nan" or ".NaN" or ".NAN":
                return double.NaN;
        }

        if (DecimalInteger().IsMatch(plain) || Float().IsMatch(plain))
        {
            return double.Parse(plain, NumberStyles.Float, CultureInfo.InvariantCulture);
        }

        if (plain.StartsWith("0x", StringComparison.Ordinal) && HexInteger().IsMatch(plain))
        {
            return (double)long.Parse(plain.AsSpan(2), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        }

        if (plain.StartsWith("0o", StringComparison.Ordinal) && OctalInteger().IsMatch(plain))
        {
            return (double)Convert.ToInt64(plain[2..], 8);
        }

        return plain;
    }

    [GeneratedRegex("^[-+]?[0-9]+$")]
    private static partial Regex DecimalInteger();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")]
    private static partial Regex Float();

    [GeneratedRegex("^0x[0-9a-fA-F]+$")]
    private static partial Regex HexInteger();

    [GeneratedRegex("^0o[0-7]+$")]
    private static partial Regex OctalInteger();
}
