using Bluegreen.Router.Hosting;

return await RouterProgram.RunAsync(args, Console.Out, Console.Error);
