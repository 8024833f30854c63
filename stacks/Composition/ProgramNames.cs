using Bluegreen.Components;

namespace Bluegreen.Stacks.Composition;

/// <summary>Keys of the program's own variables and outputs that other tools read (URNs, stack outputs).</summary>
public static class ProgramNames
{
    /// <summary>The activeColor setting once checked to be blue or green; everything else reads this.</summary>
    public const string CheckedActiveColor = "checkedActiveColor";
    public const string IdleColor = "idleColor";
    public const string NamePrefix = "namePrefix";

    /// <summary>The program's pinned default providers.</summary>
    public const string AwsProvider = "awsProvider";
    public const string RandomProvider = "randomProvider";

    public const string ProductionUrlOutput = "productionUrl";
    public const string TestUrlOutput = "testUrl";
    public const string ActiveColorOutput = "activeColor";
    public const string IdleColorOutput = "idleColor";
    public const string ActiveColorParameterOutput = "activeColorParameterName";
    public const string ClusterNameOutput = "clusterName";
    public const string PrimaryDatabaseAddressOutput = "primaryDatabaseAddress";

    /// <summary>The SNS topic every alarm notifies: subscribe to it to be paged.</summary>
    public const string AlarmTopicArnOutput = "alarmTopicArn";

    /// <summary>A color's component output as a stack output: <c>blueReplicaAddress</c>, <c>greenWebTargetGroupArn</c>.</summary>
    public static string ColorOutput(DeploymentColor color, string output) =>
        color.Name() + char.ToUpperInvariant(output[0]) + output[1..];
}
