using System.Security.Cryptography;
using Bluegreen.Agent;
using Bluegreen.Agent.Api;
using Bluegreen.Agent.State;
using Bluegreen.Agent.Supervision;
using Bluegreen.Local.Contracts.Agent;

var stateDirectory = AgentCommandLine.StateDirectory(args);
if (stateDirectory is null)
{
    await Console.Error.WriteLineAsync(AgentCommandLine.Usage);
    return 2;
}

var files = new AgentFiles(stateDirectory);
Directory.CreateDirectory(files.Directory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
using var agentLock = AgentLock.TryAcquire(files.Lock);
if (agentLock is null)
{
    await Console.Error.WriteLineAsync(
        $"error: another agent already supervises {stateDirectory}; talk to it through {files.Endpoint} or stop it first.");
    return 3;
}

var builder = WebApplication.CreateSlimBuilder();
builder.WebHost.UseUrls("http://127.0.0.1:0");
builder.Logging.ClearProviders()
    .AddSimpleConsole(console =>
    {
        console.SingleLine = true;
        console.UseUtcTimestamp = true;
        console.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ ";
    })
    .AddFilter("Microsoft", LogLevel.Warning);
builder.Services.AddSingleton(files);
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddSingleton(BackoffPolicy.Default);
builder.Services.AddSingleton<HealthProbe>();
builder.Services.AddSingleton<ProcessLauncher>();
builder.Services.AddSingleton<PidStore>();
builder.Services.AddSingleton<DesiredStore>();
builder.Services.AddSingleton<RunnerContext>();
builder.Services.AddSingleton<Supervisor>();
builder.Services.AddSingleton<StateRestorer>();
builder.Services.AddSingleton<AgentShutdown>();

var app = builder.Build();
var shutdown = app.Services.GetRequiredService<AgentShutdown>();
var token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
ControlApi.Map(app, new BearerTokenCheck(token), shutdown);
try
{
    await app.Services.GetRequiredService<StateRestorer>().RestoreAsync();
}
catch (InvalidDataException corrupt)
{
    await Console.Error.WriteLineAsync($"error: {corrupt.Message}");
    return 4;
}

await app.StartAsync();
var endpoint = new AgentEndpoint
{
    Url = app.Urls.Single(),
    Token = token,
    Pid = Environment.ProcessId,
    StartedAt = app.Services.GetRequiredService<Supervisor>().StartedAt,
};
JsonStateFile.WriteJson(files.Endpoint, endpoint);
AgentLog.Listening(app.Logger, endpoint.Pid, endpoint.Url, stateDirectory);

await app.WaitForShutdownAsync();
if (!shutdown.Requested)
{
    // A signal to the agent is not "down": the processes keep running and the next agent adopts them.
    await app.Services.GetRequiredService<Supervisor>().DetachAllAsync();
}

if (Directory.Exists(files.Directory))
{
    File.Delete(files.Endpoint);
}

return 0;
