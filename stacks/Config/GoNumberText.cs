using System.Globalization;
using System.Text;

namespace Bluegreen.Stacks.Config;

/// <summary>
/// A float64 as Go's <c>%v</c> prints it, which is how the YAML host writes a number into an interpolated string:
/// the shortest digits that round-trip, in exponent form when the exponent is below -4 or at least 6
/// (strconv.FormatFloat with format 'g' and precision -1 sets eprec to 6 for shortest output).
/// </summary>
public static class GoNumberText
{
    public static string Of(double value)
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
            return "0";
        }

        var (digits, point) = ShortestDigits(Math.Abs(value));
        var sign = value < 0 ? "-" : "";
        var exponent = point - 1;
        return sign + (exponent < -4 || exponent >= 6 ? Scientific(digits, exponent) : Plain(digits, point));
    }

    /// <summary>The significant digits without leading or trailing zeros, and where the decimal point goes.</summary>
    private static (string Digits, int Point) ShortestDigits(double value)
    {
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        var exponentAt = text.IndexOf('E', StringComparison.Ordinal);
        var exponent = exponentAt < 0 ? 0 : int.Parse(text[(exponentAt + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        var mantissa = exponentAt < 0 ? text : text[..exponentAt];
        var dot = mantissa.IndexOf('.', StringComparison.Ordinal);
        var digits = mantissa.Replace(".", "", StringComparison.Ordinal);
        var point = (dot < 0 ? mantissa.Length : dot) + exponent;
        var leading = digits.Length - digits.TrimStart('0').Length;
        return (digits.Trim('0'), point - leading);
    }

    private static string Scientific(string digits, int exponent)
    {
        var text = new StringBuilder().Append(digits[0]);
        if (digits.Length > 1)
        {
            text.Append('.').Append(digits, 1, digits.Length - 1);
        }

        var magnitude = Math.Abs(exponent).ToString("00", CultureInfo.InvariantCulture);
        return text.Append('e').Append(exponent < 0 ? '-' : '+').Append(magnitude).ToString();
    }

    private static string Plain(string digits, int point) => point switch
    {
        <= 0 => "0." + new string('0', -point) + digits,
        _ when point >= digits.Length => digits + new string('0', point - digits.Length),
        _ => digits[..point] + "." + digits[point..],
    };
}
