using Bluegreen.Infra.Cli;

var root = RootCommandFactory.Create(new CliServices());
return await root.Parse(args).InvokeAsync();
