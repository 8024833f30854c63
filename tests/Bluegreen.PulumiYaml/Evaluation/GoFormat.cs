using System.Globalization;

namespace Bluegreen.PulumiYaml.Evaluation;

/// <summary>
/// Go's <c>fmt.Sprintf("%v", float64)</c>, which the host's <c>evaluateInterpolations</c> uses for numbers inside
/// a string: the shortest digits that round-trip, written with an exponent when it is below -4 or at least 6
/// (<c>strconv.FormatFloat(f, 'g', -1, 64)</c>). So 8080 prints as <c>8080</c> but 20240101 as <c>2.0240101e+07</c>.
/// </summary>
public static class GoFormat
{
    public static string FloatV(double value)
    {
        if (double.IsNaN(value))
        {
            return "NaN";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "+Inf" : "-Inf";
        }

        if (value == 0)
        {
            return double.IsNegative(value) ? "-0" : "0";
        }

        var (digits, point) = ShortestDigits(Math.Abs(value));
        var sign = value < 0 ? "-" : "";
        var exponent = point - 1;
        if (exponent < -4 || exponent >= 6)
        {
            var mantissa = digits.Length > 1 ? $"{digits[0]}.{digits[1..]}" : digits;
            var exponentText = Math.Abs(exponent).ToString("00", CultureInfo.InvariantCulture);
            return $"{sign}{mantissa}e{(exponent < 0 ? '-' : '+')}{exponentText}";
        }

        return sign + (point <= 0
            ? "0." + new string('0', -point) + digits
            : point >= digits.Length
                ? digits + new string('0', point - digits.Length)
                : $"{digits[..point]}.{digits[point..]}");
    }

    /// <summary>The significant digits (no leading or trailing zeros) and the decimal point's position in them.</summary>
    private static (string Digits, int Point) ShortestDigits(double positive)
    {
        var roundTrip = positive.ToString("R", CultureInfo.InvariantCulture);
        var exponentAt = roundTrip.IndexOf('E', StringComparison.Ordinal);
        var mantissa = exponentAt < 0 ? roundTrip : roundTrip[..exponentAt];
        var exponent = exponentAt < 0 ? 0 : int.Parse(roundTrip[(exponentAt + 1)..], CultureInfo.InvariantCulture);
        var dot = mantissa.IndexOf('.', StringComparison.Ordinal);
        var integerPart = dot < 0 ? mantissa : mantissa[..dot];
        var digits = mantissa.Replace(".", "", StringComparison.Ordinal);
        var point = integerPart.Length + exponent;
        var leading = digits.Length - digits.TrimStart('0').Length;
        return (digits.Trim('0'), point - leading);
    }
}
