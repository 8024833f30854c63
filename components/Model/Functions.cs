namespace Bluegreen.Components.Model;

/// <summary>The built-in functions of Pulumi YAML that the generator uses, written as <c>fn::name</c>.</summary>
public abstract record FunctionCall : Expr
{
    /// <summary>The key after <c>fn::</c>, e.g. "select".</summary>
    public abstract string Name { get; }
}

/// <summary><c>fn::select: [index, items]</c>.</summary>
public sealed record SelectCall(Expr Index, Expr Items) : FunctionCall
{
    public override string Name => "select";
}

/// <summary><c>fn::split: [delimiter, source]</c>.</summary>
public sealed record SplitCall(Expr Delimiter, Expr Source) : FunctionCall
{
    public override string Name => "split";
}

/// <summary><c>fn::join: [delimiter, items]</c>.</summary>
public sealed record JoinCall(Expr Delimiter, Expr Items) : FunctionCall
{
    public override string Name => "join";
}

/// <summary><c>fn::secret: value</c>: the value is stored and shown as a secret.</summary>
public sealed record SecretCall(Expr Value) : FunctionCall
{
    public override string Name => "secret";
}

/// <summary><c>fn::toJSON: value</c>: a JSON string, e.g. for IAM policies and container definitions.</summary>
public sealed record ToJsonCall(Expr Value) : FunctionCall
{
    public override string Name => "toJSON";
}

/// <summary><c>fn::invoke: {function, arguments, return}</c>: calls a provider function.</summary>
public sealed record InvokeCall(string Function, ObjectExpr Arguments, string? Return) : FunctionCall
{
    public override string Name => "invoke";
}

/// <summary>Short constructors for the function calls, so component code reads like the YAML it produces.</summary>
public static class Fn
{
    public static SelectCall Select(Expr index, Expr list) => new(index, list);

    public static SplitCall Split(Expr delimiter, Expr source) => new(delimiter, source);

    public static JoinCall Join(Expr delimiter, Expr items) => new(delimiter, items);

    public static SecretCall Secret(Expr value) => new(value);

    public static ToJsonCall ToJson(Expr value) => new(value);

    public static InvokeCall Invoke(string function, ObjectExpr arguments, string? returnField = null) =>
        new(function, arguments, returnField);
}
