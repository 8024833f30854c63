using System.Globalization;

namespace Bluegreen.SampleApp;

/// <summary>
/// How each version of the sample app stores "verified", the expand/contract change its migrations walk through:
/// 1.x uses is_verified; 2.x writes both columns and reads email_verified; 3.x (and anything that is not a numbered
/// version, such as "dev") uses only email_verified.
/// </summary>
internal sealed record AccountColumns(string InsertSql, string VerifiedColumn)
{
    public string CountSql => $"SELECT count(*) FILTER (WHERE {VerifiedColumn}), count(*) FROM accounts";

    public static AccountColumns For(string version) => Major(version) switch
    {
        < 2 => new("INSERT INTO accounts (email, is_verified) VALUES ($1, $2) RETURNING id", "is_verified"),
        2 => new("INSERT INTO accounts (email, is_verified, email_verified) VALUES ($1, $2, $2) RETURNING id", "email_verified"),
        _ => new("INSERT INTO accounts (email, email_verified) VALUES ($1, $2) RETURNING id", "email_verified"),
    };

    /// <summary>The number before the first '.' or '-' ("v" allowed in front); int.MaxValue when there is none.</summary>
    private static int Major(string version)
    {
        var text = version.TrimStart('v', 'V');
        var end = text.IndexOfAny(['.', '-']);
        return int.TryParse(end < 0 ? text : text[..end], NumberStyles.None, CultureInfo.InvariantCulture, out var major) ? major : int.MaxValue;
    }
}
