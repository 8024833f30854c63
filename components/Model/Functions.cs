namespace Bluegreen.Components.Model;

/// <summary>The built-in functions of Pulumi YAML that the generator uses, written as <c>fn::name</c>.</summary>
public abstract record FunctionCall : Expr
{
    /// <summary>The key after <c>fn::</c>, e.g. "select".</summary>
    public abstract string Name { get; }

    /// <summary>The positional arguments, in the order YAML lists them.</summary>
    public abstract IReadOnlyList<Expr> Arguments { get; }

    /// <summary>Whether YAML writes the arguments as a list (<c>fn::select: [i, list]</c>) or the single argument itself.</summary>
    public virtual bool WritesArgumentList => Arguments.Count > 1;

    /// <summary>The same call with other arguments (same count and order).</summary>
    public abstract FunctionCall WithArguments(IReadOnlyList<Expr> arguments);
}

/// <summary><c>fn::select: [index, items]</c>.</summary>
public sealed record SelectCall(Expr Index, Expr Items) : FunctionCall
{
    public override string Name => "select";

    public override IReadOnlyList<Expr> Arguments => [Index, Items];

    public override FunctionCall WithArguments(IReadOnlyList<Expr> arguments) => new SelectCall(arguments[0], arguments[1]);
}

/// <summary><c>fn::split: [delimiter, source]</c>.</summary>
public sealed record SplitCall(Expr Delimiter, Expr Source) : FunctionCall
{
    public override string Name => "split";

    public override IReadOnlyList<Expr> Arguments => [Delimiter, Source];

    public override FunctionCall WithArguments(IReadOnlyList<Expr> arguments) => new SplitCall(arguments[0], arguments[1]);
}

/// <summary><c>fn::join: [delimiter, items]</c>.</summary>
public sealed record JoinCall(Expr Delimiter, Expr Items) : FunctionCall
{
    public override string Name => "join";

    public override IReadOnlyList<Expr> Arguments => [Delimiter, Items];

    public override FunctionCall WithArguments(IReadOnlyList<Expr> arguments) => new JoinCall(arguments[0], arguments[1]);
}

/// <summary><c>fn::secret: value</c>: the value is stored and shown as a secret.</summary>
public sealed record SecretCall(Expr Value) : FunctionCall
{
    public override string Name => "secret";

    public override IReadOnlyList<Expr> Arguments => [Value];

    public override FunctionCall WithArguments(IReadOnlyList<Expr> arguments) => new SecretCall(arguments[0]);
}

/// <summary><c>fn::toJSON: value</c>: a JSON string, e.g. for IAM policies and container definitions.</summary>
public sealed record ToJsonCall(Expr Value) : FunctionCall
{
    public override string Name => "toJSON";

    public override IReadOnlyList<Expr> Arguments => [Value];

    public override FunctionCall WithArguments(IReadOnlyList<Expr> arguments) => new ToJsonCall(arguments[0]);
}

/// <summary><c>fn::invoke: {function, arguments, return}</c>: calls a provider function.</summary>
public sealed record InvokeCall(string Function, ObjectExpr Inputs, string? Return) : FunctionCall
{
    public override string Name => "invoke";

    /// <summary>The function's inputs, as the one argument.</summary>
    public override IReadOnlyList<Expr> Arguments => [Inputs];

    public override FunctionCall WithArguments(IReadOnlyList<Expr> arguments) => this with { Inputs = (ObjectExpr)arguments[0] };
}

/// <summary>Short constructors for the function calls, so component code reads like the YAML it produces.</summary>
public static class Fn
{
    public static SelectCall Select(Expr index, Expr list) => new(index, list);

    public static SplitCall Split(Expr delimiter, Expr source) => new(delimiter, source);

    public static JoinCall Join(Expr delimiter, Expr items) => new(delimiter, items);

    public static SecretCall Secret(Expr value) => new(value);

    public static ToJsonCall ToJson(Expr value) => new(value);

    public static InvokeCall Invoke(string function, ObjectExpr inputs, string? returnField = null) =>
        new(function, inputs, returnField);
}
