namespace Bluegreen.Stacks.Settings;

/// <summary>One problem with a stack's settings: the key it concerns ("" for the file) and a message that says how to fix it.</summary>
public sealed record SettingsError(string Key, string Message)
{
    public override string ToString() => Message;
}
