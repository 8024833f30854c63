namespace Bluegreen.Migrations.Model;

/// <summary>What a migration does to the versions already running, read from its file name.</summary>
public enum MigrationPhase
{
    /// <summary>Additive: every version running before it keeps working after it. A release applies it.</summary>
    Expand,

    /// <summary>Removes what older versions need; declares the versions it breaks. Runs only through <c>migrate contract</c>.</summary>
    Contract,
}

public static class MigrationPhases
{
    /// <summary>The word used in file names and the history table: "expand" or "contract".</summary>
    public static string Name(this MigrationPhase phase) => phase == MigrationPhase.Expand ? "expand" : "contract";

    public static bool TryParse(string? text, out MigrationPhase phase)
    {
        switch (text?.ToLowerInvariant())
        {
            case "expand":
                phase = MigrationPhase.Expand;
                return true;
            case "contract":
                phase = MigrationPhase.Contract;
                return true;
            default:
                phase = default;
                return false;
        }
    }
}
