namespace Bluegreen.Router.Routing;

/// <summary>The two traffic listeners; values index the metrics cells.</summary>
internal enum ListenerKind
{
    Production = 0,
    Test = 1,
}
