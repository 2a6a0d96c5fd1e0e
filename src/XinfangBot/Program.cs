using Microsoft.Extensions.Hosting;
using XinfangBot;
using XinfangBot.Commands;

var commandLine = CommandLine.Parse(args);
return await Startup.RunAsync(commandLine);
