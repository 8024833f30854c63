namespace Bluegreen.Components;

public enum ServiceKind
{
    /// <summary>Behind the load balancer: gets a target group and listener rules.</summary>
    Web,

    /// <summary>No load balancer: runs background jobs only while its color is active.</summary>
    Worker,
}
