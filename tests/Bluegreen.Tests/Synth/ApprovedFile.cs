using Bluegreen.Tests.Common;

namespace Bluegreen.Tests.Synth;

/// <summary>
/// Compares generated text with a committed approved file under Rendering/Approved. Run the tests with
/// BLUEGREEN_ACCEPT=1 to rewrite the file after an intended change, then review and commit the diff.
/// </summary>
internal static class ApprovedFile
{
    public static void Verify(string name, string actual)
    {
        var path = Path.Combine(RepositoryRoot.Path, "tests", "Bluegreen.Tests", "Synth", "Approved", name);
        if (Environment.GetEnvironmentVariable("BLUEGREEN_ACCEPT") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual);
        }

        var approved = File.Exists(path) ? File.ReadAllText(path) : "(no approved file)";
        Assert.True(approved == actual, $"{name} differs from the generated text. If the change is intended, run the tests with BLUEGREEN_ACCEPT=1 and commit {path}.");
    }
}
