using Bluegreen.LoadGen;

return await LoadGenProgram.RunAsync(args, Console.Out, Console.Error);
