using System.CommandLine;

namespace SmartMarket.AppHost;

/// <summary>The command line: no verb runs the embedded stack; verbs run jobs.</summary>
internal static class AppHostCommand
{
    public static RootCommand Create()
    {
        var root = new RootCommand("SmartMarket: paper-trade crypto with grains, a GraphQL API and a dashboard; run jobs such as backtests.");
        EmbeddedCommand.Configure(root);
        root.Subcommands.Add(Backtest.BacktestCommand.Create());
        return root;
    }
}
