namespace SmartMarket.Grains.Accounts;

/// <summary>Builds the client view of an account.</summary>
internal static class AccountSnapshots
{
    private const int RecentFillCount = 5;

    public static AccountSnapshot Of(string id, PaperAccount account, List<AccountJournalRecord> journal)
    {
        var ledger = account.Ledger;
        var positions = new List<PositionView>();
        foreach (var p in ledger.Positions)
        {
            if (!p.IsFlat)
                positions.Add(new PositionView(p.Symbol.Ticker, p.Quantity, p.AverageEntryPrice, p.MarkPrice, p.UnrealizedPnl));
        }
        positions.Sort(static (a, b) => string.CompareOrdinal(a.Symbol, b.Symbol));
        var recent = new List<AccountJournalRecord>();
        for (var i = journal.Count - 1; i >= 0 && recent.Count < RecentFillCount; i--)
        {
            if (journal[i].Kind == AccountRecordKind.OrderFilled)
                recent.Insert(0, journal[i]);
        }
        return new AccountSnapshot(id, ledger.Cash, ledger.Equity, ledger.RealizedPnl, ledger.Fees, positions, account.Orders, account.Fills,
            account.Venue.GetOpenOrders().Count, account.Halted, account.LastEventTime, recent);
    }
}
