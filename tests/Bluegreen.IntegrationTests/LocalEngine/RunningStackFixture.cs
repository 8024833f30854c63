using System.Runtime.Versioning;
using Bluegreen.IntegrationTests.Processes;

namespace Bluegreen.IntegrationTests.LocalEngine;

/// <summary>
/// One local stack brought up once and shared by the tests of a class. Tests may switch, deploy and induce drift,
/// but leave it whole (healthy, whichever color is active) when they finish.
/// </summary>
[SupportedOSPlatform("linux")]
public sealed class RunningStackFixture : IAsyncLifetime
{
    private LocalTestStack? _stack;

    internal LocalTestStack Stack => _stack ?? throw new InvalidOperationException("The stack did not come up; see the first test's failure.");

    public async Task InitializeAsync() => _stack = await LocalTestStack.UpAsync(new PublishedApps().RepositoryRoot);

    public async Task DisposeAsync()
    {
        if (_stack is not null)
        {
            await _stack.DisposeAsync();
        }
    }
}
