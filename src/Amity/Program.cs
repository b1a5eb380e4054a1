using Amity.Cli;

// Amity is one program: `serve` runs the web app, the other verbs work on the same database from the shell.
return await AmityCommandLine.RunAsync(args);
