using System.CommandLine;

namespace Bluegreen.Cli;

internal static class CommonOptions
{
    public static readonly Option<bool> Json = new("--json")
    {
        Description = "Write one JSON document to standard output instead of tables.",
        Recursive = true,
    };

    public static readonly Option<string> Stack = new("--stack", "-s")
    {
        Description = "Stack name: settings are read from Pulumi.<stack>.yaml.",
        DefaultValueFactory = _ => "local",
    };

    public static readonly Option<DirectoryInfo?> ProjectDirectory = new("--project-dir")
    {
        Description = "Folder holding Pulumi.yaml and the stack files. Defaults to the nearest one above the current folder.",
        Recursive = true,
    };
}
