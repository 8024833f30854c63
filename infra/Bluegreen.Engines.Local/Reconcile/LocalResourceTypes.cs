namespace Bluegreen.Engines.Local.Reconcile;

/// <summary>Resource types the local engine names in changes and drift findings.</summary>
internal static class LocalResourceTypes
{
    public const string Process = "local:agent/process";
    public const string RouterSnapshot = "local:router/snapshot";
    public const string RouterListener = "local:router/listener";
    public const string RouterHeaderRule = "local:router/headerRule";
    public const string RouterDestination = "local:router/destination";
    public const string Database = "local:postgres/server";
    public const string ActiveColorFile = "local:file/activeColor";
    public const string Service = "local:service";
    public const string Parity = "bluegreen:parity";
}
