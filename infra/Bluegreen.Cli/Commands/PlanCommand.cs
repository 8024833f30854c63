using System.CommandLine;
using Bluegreen.Cli.Planning;
using Bluegreen.Cli.Validation;

namespace Bluegreen.Cli.Commands;

/// <summary>
/// <c>bluegreen plan --stack &lt;name&gt;</c>: validates every setting of the stack and shows what each color will run,
/// which listener serves it and which replica it reads from. Changes nothing.
/// </summary>
internal sealed class PlanCommand : BluegreenCommand
{
    public PlanCommand(CliServices services)
        : base("plan", "Validate a stack's settings and show what each color runs. Example: bluegreen plan --stack dev --json", services)
    {
        Options.Add(CommonOptions.Stack);
    }

    protected override Task<int> ExecuteAsync(ParseResult parse, CommandOutput output, CancellationToken cancellationToken)
    {
        ProjectValidation.RequireValidApp(Services.App);
        var settings = ProjectValidation.RequireValidStack(Services.App, ProjectDirectory(parse), parse.GetValue(CommonOptions.Stack)!);
        var plan = PlanReportBuilder.Build(Services.App, settings);
        output.Result(plan, console => PlanTable.Write(console, plan));
        return Task.FromResult(ExitCodes.Success);
    }
}
