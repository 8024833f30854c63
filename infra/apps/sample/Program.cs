using System.Text.Json.Serialization;
using Bluegreen.SampleApp;

var builder = WebApplication.CreateSlimBuilder(args);
var identity = AppIdentity.Read(builder.Configuration, out var problems);
if (problems.Count > 0)
{
    foreach (var problem in problems)
    {
        await Console.Error.WriteLineAsync($"error: {problem}");
    }

    return 2;
}

builder.Logging.AddFilter("Microsoft", LogLevel.Warning).AddFilter("Microsoft.Hosting.Lifetime", LogLevel.Information);
builder.Services.ConfigureHttpJsonOptions(options =>
{
    options.SerializerOptions.TypeInfoResolverChain.Insert(0, SampleJson.Default);
    options.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
});
builder.Services.AddSingleton(identity);
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddSingleton<SampleDatabase>();
builder.Services.AddHostedService<SchemaBootstrap>();
if (identity.Role == AppRole.Worker)
{
    builder.Services.AddSingleton(new ActiveColorFile(builder.Configuration["BLUEGREEN_ACTIVE_COLOR_FILE"]));
    builder.Services.AddSingleton<HeartbeatJob>();
    builder.Services.AddHostedService(services => services.GetRequiredService<HeartbeatJob>());
}

var app = builder.Build();
if (identity.Role == AppRole.Worker)
{
    WorkerEndpoints.Map(app);
}
else
{
    WebEndpoints.Map(app, identity);
}

await app.RunAsync();
return 0;
