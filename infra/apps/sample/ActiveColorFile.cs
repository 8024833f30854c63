namespace Bluegreen.SampleApp;

/// <summary>
/// The local twin of the SSM parameter that publishes the live color: a small file holding "blue" or "green".
/// Read on every tick; a missing or unreadable file means no color is live.
/// </summary>
internal sealed class ActiveColorFile(string? path)
{
    public string? Read()
    {
        if (string.IsNullOrEmpty(path))
        {
            return null;
        }

        try
        {
            var text = File.ReadAllText(path).Trim();
            return text is "blue" or "green" ? text : null;
        }
        catch (Exception failure) when (failure is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
