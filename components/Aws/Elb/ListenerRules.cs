using Bluegreen.Components.Model;

namespace Bluegreen.Components.Aws.Elb;

/// <summary>Listener rules that forward to one target group; shared by the colors' header rules and the routing rules.</summary>
public static class ListenerRules
{
    /// <summary>A rule forwarding requests that match every condition to <paramref name="targetGroupArn"/>.</summary>
    public static Resource Forward(string name, Expr listenerArn, Expr priority, IEnumerable<Expr> conditions, Expr targetGroupArn, ResourceOptions? options = null) =>
        new(name, TypeTokens.ListenerRule, Expr.Map(
            ("listenerArn", listenerArn),
            ("priority", priority),
            ("conditions", Expr.List(conditions)),
            ("actions", Expr.List(ForwardAction(targetGroupArn)))),
            options);

    public static ObjectExpr ForwardAction(Expr targetGroupArn) =>
        Expr.Map(("type", "forward"), ("targetGroupArn", targetGroupArn));

    public static Expr PathPattern(IEnumerable<string> patterns) =>
        Expr.Map(("pathPattern", Expr.Map(("values", Expr.List(patterns.Select(p => (Expr)p))))));

    public static Expr HttpHeader(string header, Expr value) =>
        Expr.Map(("httpHeader", Expr.Map(("httpHeaderName", header), ("values", Expr.List(value)))));
}
