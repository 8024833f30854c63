namespace Bluegreen.Components;

/// <summary>
/// How the load balancer's listeners speak to clients. Decided in code, like <see cref="NetworkMode"/>: it changes
/// which resources exist (a redirect listener, a certificate setting), not only a value.
/// </summary>
public enum ListenerProtocol
{
    /// <summary>
    /// Production and test listeners on HTTPS with the ACM certificate named by the <c>certificateArn</c> setting and a
    /// TLS 1.3/1.2 policy; plain HTTP on port 80 answers every request with a permanent redirect to production HTTPS.
    /// </summary>
    Https,

    /// <summary>Both listeners on plain HTTP and no certificate: for a stack that has no certificate yet.</summary>
    Http,
}
