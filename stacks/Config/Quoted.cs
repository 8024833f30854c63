namespace Bluegreen.Stacks.Config;

/// <summary>Values quoted back in messages, long ones shortened in the middle so the message stays readable.</summary>
public static class Quoted
{
    private const int MaxLength = 60;
    private const int TailLength = 12;

    /// <summary><c>"value"</c>; a value over 60 characters keeps its start and its last 12 characters around "…".</summary>
    public static string Shortened(string value) => value.Length <= MaxLength
        ? $"\"{value}\""
        : $"\"{value[..(MaxLength - TailLength - 1)]}…{value[^TailLength..]}\"";
}
