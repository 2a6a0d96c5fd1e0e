using Microsoft.Extensions.Hosting;
using XinfangBot;
using XinfangBot.Commands;

FileCreationMask.RestrictToOwner();
var commandLine = CommandLine.Parse(args);
return await Startup.RunAsync(commandLine);
