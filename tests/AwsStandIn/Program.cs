using Bluegreen.StandInReplay;

// Answers the next call scripted in $AWS_STANDIN_SCENARIO/calls.json and records the pager and prompt settings
// each call saw, so tests can check that the driver never lets the CLI page or prompt.
return await ScriptedReplay.RunAsync(
    "aws",
    "AWS_STANDIN_SCENARIO",
    args,
    new Dictionary<string, string?>
    {
        ["pager"] = Environment.GetEnvironmentVariable("AWS_PAGER"),
        ["autoPrompt"] = Environment.GetEnvironmentVariable("AWS_CLI_AUTO_PROMPT"),
    });
