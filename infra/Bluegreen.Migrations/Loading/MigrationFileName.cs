using System.Text.RegularExpressions;
using Bluegreen.Migrations.Model;

namespace Bluegreen.Migrations.Loading;

/// <summary>
/// Reads <c>NNNN_description.(expand|contract).sql</c>: the number orders the migrations, the word before
/// <c>.sql</c> is the phase. Each way of getting it wrong has its own message.
/// </summary>
internal static partial class MigrationFileName
{
    public const string Pattern = "NNNN_description.expand.sql or NNNN_description.contract.sql";

    public static bool IsSql(string fileName) => fileName.EndsWith(".sql", StringComparison.OrdinalIgnoreCase);

    /// <summary>The parts of a <c>.sql</c> file name, or the problem with it (without the fix, which needs the whole folder).</summary>
    public static ParsedName Parse(string fileName)
    {
        var stem = fileName[..^".sql".Length];
        var dot = stem.LastIndexOf('.');
        var phaseWord = dot < 0 ? null : stem[(dot + 1)..];
        var rest = dot < 0 ? stem : stem[..dot];
        var numbered = NumberedPattern().Match(rest);
        var number = numbered.Success && int.TryParse(numbered.Groups["number"].Value, out var parsed) ? parsed : (int?)null;
        var description = numbered.Success ? numbered.Groups["description"].Value : rest;
        MigrationPhase? phase = MigrationPhases.TryParse(phaseWord, out var known) ? known : null;
        return new ParsedName(number, description, phase, phaseWord, numbered.Success && number is null, rest);
    }

    [GeneratedRegex("^(?<number>[0-9]+)_(?<description>[A-Za-z0-9][A-Za-z0-9_-]*)$")]
    private static partial Regex NumberedPattern();
}

/// <param name="Number">Null when the name does not start with digits and an underscore, or the number is too large.</param>
/// <param name="Description">The part after the number (the whole stem when there is no number).</param>
/// <param name="Phase">Null when the word before <c>.sql</c> is missing or not a phase.</param>
/// <param name="PhaseWord">That word as written; null when the name has no second dot.</param>
/// <param name="NumberTooLarge">The name starts with digits that do not fit a 32-bit number.</param>
/// <param name="Stem">The name without the phase word and <c>.sql</c>, e.g. <c>0003_add_email_verified</c>.</param>
internal sealed record ParsedName(int? Number, string Description, MigrationPhase? Phase, string? PhaseWord, bool NumberTooLarge, string Stem);
