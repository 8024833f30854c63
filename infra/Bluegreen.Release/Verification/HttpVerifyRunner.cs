namespace Bluegreen.Release.Verification;

/// <summary>Runs verify checks over HTTP against the test listener. The only I/O here is the given client.</summary>
public sealed class HttpVerifyRunner(HttpClient http)
{
    /// <param name="testUrl">The test listener's address, e.g. <c>http://127.0.0.1:8081/</c>.</param>
    public async Task<VerifyOutcome> RunAsync(Uri testUrl, IReadOnlyList<VerifyCheck> checks, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(testUrl);
        ArgumentNullException.ThrowIfNull(checks);
        var results = new List<VerifyCheckResult>();
        foreach (var check in checks)
        {
            var passed = 0;
            string? firstFailure = null;
            for (var request = 1; request <= check.Requests; request++)
            {
                var failure = await RequestAsync(new Uri(testUrl, check.Path), check, cancellationToken).ConfigureAwait(false);
                if (failure is null)
                {
                    passed++;
                }
                else
                {
                    firstFailure ??= $"request {request}: {failure}";
                }
            }

            results.Add(new VerifyCheckResult(check, passed, check.Requests - passed, firstFailure));
        }

        return VerifyOutcome.From(results);
    }

    /// <summary>Why the request failed the check; null when it passed.</summary>
    private async Task<string?> RequestAsync(Uri url, VerifyCheck check, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            var status = (int)response.StatusCode;
            if (status != check.ExpectedStatus)
            {
                return $"expected {check.ExpectedStatus}, got {status}";
            }

            if (check.BodyContains is null)
            {
                return null;
            }

            var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            return body.Contains(check.BodyContains, StringComparison.Ordinal)
                ? null
                : $"the body does not contain '{check.BodyContains}' (it starts '{Start(body)}')";
        }
        catch (HttpRequestException failure)
        {
            return $"no answer: {failure.Message}";
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return $"no answer within {http.Timeout.TotalSeconds:0.###} s";
        }
    }

    private static string Start(string body)
    {
        var line = body.ReplaceLineEndings(" ").Trim();
        return line.Length > 80 ? line[..80] + "…" : line;
    }
}
