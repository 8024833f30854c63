using System.Security.Cryptography;
using System.Text;
using Bluegreen.Local.Contracts.Agent;

namespace Bluegreen.Agent.Api;

/// <summary>Every control request must carry <c>Authorization: Bearer &lt;token from endpoint.json&gt;</c>.</summary>
internal sealed class BearerTokenCheck(string token)
{
    private readonly byte[] _expected = Encoding.UTF8.GetBytes($"Bearer {token}");

    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        var given = Encoding.UTF8.GetBytes(context.Request.Headers.Authorization.ToString());
        if (CryptographicOperations.FixedTimeEquals(given, _expected))
        {
            await next(context);
            return;
        }

        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        await context.Response.WriteAsJsonAsync(
            new AgentError { Error = "Missing or wrong bearer token: send the token from agent/endpoint.json." },
            AgentJson.Options);
    }
}
