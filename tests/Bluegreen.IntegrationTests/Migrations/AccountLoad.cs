using System.Net;

namespace Bluegreen.IntegrationTests.Migrations;

/// <summary>
/// A bounded load on one instance: <c>workers</c> loops share <c>requests</c> requests, alternating a write and a
/// read; every answer other than 201/200 is kept as a failure.
/// </summary>
internal static class AccountLoad
{
    public static async Task<IReadOnlyList<string>> RunAsync(SampleAppInstance instance, int requests, int workers)
    {
        var failures = new List<string>();
        var next = 0;
        await Task.WhenAll(Enumerable.Range(0, workers).Select(async _ =>
        {
            int index;
            while ((index = Interlocked.Increment(ref next)) <= requests)
            {
                var failure = await OneAsync(instance, index);
                if (failure is not null)
                {
                    lock (failures)
                    {
                        failures.Add(failure);
                    }
                }
            }
        }));
        return failures;
    }

    private static async Task<string?> OneAsync(SampleAppInstance instance, int index)
    {
        try
        {
            if (index % 2 == 0)
            {
                await instance.VerifiedAsync();
                return null;
            }

            var (status, body) = await instance.CreateAccountAsync($"load{index}@example.org", verified: index % 3 == 0);
            return status == HttpStatusCode.Created ? null : $"{status}: {body}";
        }
        catch (HttpRequestException failure)
        {
            return failure.Message;
        }
    }
}
