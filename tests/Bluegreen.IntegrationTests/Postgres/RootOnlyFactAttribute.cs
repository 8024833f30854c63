namespace Bluegreen.IntegrationTests.Postgres;

/// <summary>A test of what happens when PostgreSQL runs as another user, which the tool does only when run as root.</summary>
public sealed class RootOnlyFactAttribute : FactAttribute
{
    public RootOnlyFactAttribute()
    {
        if (!Environment.IsPrivilegedProcess)
        {
            Skip = "Needs root: only then do the PostgreSQL programs run as another user.";
        }
    }
}
