namespace Bluegreen.Migrations.Model;

/// <summary>One validated SQL file of the app's migrations folder.</summary>
/// <param name="Number">The number the file name starts with; migrations run in this order.</param>
/// <param name="FileName">E.g. <c>0003_add_email_verified.expand.sql</c>; the name recorded in the schema history.</param>
/// <param name="Breaks">The versions a contract breaks; null for an expand.</param>
/// <param name="Checksum">SHA-256 of the text with line endings made LF, so a checkout's line endings do not count as a change.</param>
public sealed record Migration(int Number, string FileName, MigrationPhase Phase, BreakingRange? Breaks, string Sql, string Checksum)
{
    public override string ToString() => FileName;
}
