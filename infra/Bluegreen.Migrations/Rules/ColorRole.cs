namespace Bluegreen.Migrations.Rules;

public enum ColorRole
{
    /// <summary>Takes production traffic.</summary>
    Active,

    /// <summary>Running without production traffic: the rollback target, or the color a release is verifying.</summary>
    Idle,
}
