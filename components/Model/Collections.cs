namespace Bluegreen.Components.Model;

public sealed record ListExpr(IReadOnlyList<Expr> Items) : Expr
{
    public bool Equals(ListExpr? other) => other is not null && Items.SequenceEqual(other.Items);

    public override int GetHashCode() => Items.Aggregate(Items.Count, (hash, item) => HashCode.Combine(hash, item));
}

/// <summary>A map whose keys keep the order they were given in, so rendering is stable.</summary>
public sealed record ObjectExpr(IReadOnlyList<Entry> Entries) : Expr
{
    public static ObjectExpr Empty { get; } = new([]);

    public Expr? this[string key] => Entries.FirstOrDefault(p => p.Key == key)?.Value;

    public bool Equals(ObjectExpr? other) => other is not null && Entries.SequenceEqual(other.Entries);

    public override int GetHashCode() =>
        Entries.Aggregate(Entries.Count, (hash, entry) => HashCode.Combine(hash, entry));
}

/// <summary>One key of an <see cref="ObjectExpr"/>.</summary>
public sealed record Entry(string Key, Expr Value);
