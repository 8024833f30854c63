using Bluegreen.StandInReplay;

// Answers the next call scripted in $PULUMI_STANDIN_SCENARIO/calls.json and records whether update checks were off.
return await ScriptedReplay.RunAsync(
    "pulumi",
    "PULUMI_STANDIN_SCENARIO",
    args,
    new Dictionary<string, string?> { ["skipUpdateCheck"] = Environment.GetEnvironmentVariable("PULUMI_SKIP_UPDATE_CHECK") });
