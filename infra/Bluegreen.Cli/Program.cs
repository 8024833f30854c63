using Bluegreen.Cli;

var root = RootCommandFactory.Create(new CliServices());
return await root.Parse(args).InvokeAsync();
