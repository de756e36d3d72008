using SmartMarket.AppHost;

return await AppHostCommand.Create().Parse(args).InvokeAsync();
