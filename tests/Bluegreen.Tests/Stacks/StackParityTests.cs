using Bluegreen.Components;
using Bluegreen.Components.Model;
using Bluegreen.Components.Parity;
using Bluegreen.Stacks.Apps;
using Bluegreen.Stacks.Composition;
using Bluegreen.Stacks.Parity;
using Bluegreen.Stacks.Settings;
using Bluegreen.Tests.Common;

namespace Bluegreen.Tests.Stacks;

public class StackParityTests
{
    private static readonly AppDefinition App = SampleApp.Definition;

    [Theory]
    [InlineData("dev")]
    [InlineData("prod")]
    public void TheCommittedStacks_DeployIdenticalColors(string stack)
    {
        var settings = new StackSettingsLoader(App).LoadValid(RepositoryRoot.Path, stack);

        Assert.Empty(StackParity.Check(App, settings));
    }

    [Fact]
    public void Resolve_FillsConfigReferencesWithTheStacksValues()
    {
        var settings = new StackSettingsLoader(App).LoadValid(RepositoryRoot.Path, "prod");
        var project = new BluegreenProject(App);

        var green = StackParity.Resolve(App, settings, project.ColorArguments(DeploymentColor.Green));

        Assert.Equal(new IntegerLiteral(3), green["webDesiredCount"]);
        Assert.Equal(new StringLiteral("1.0.0"), green["imageTag"]);
        Assert.Equal(new StringLiteral("db.r6g.large"), green["dbReplicaInstanceClass"]);
        Assert.Equal(new Reference("cluster.arn"), green["clusterArn"]);
    }

    [Fact]
    public void AGreenThatRunsMoreTasks_FailsParity()
    {
        var settings = new StackSettingsLoader(App).LoadValid(RepositoryRoot.Path, "dev");
        var project = new BluegreenProject(App);
        var blue = StackParity.Resolve(App, settings, project.ColorArguments(DeploymentColor.Blue));
        var green = StackParity.Resolve(App, settings, project.ColorArguments(DeploymentColor.Green))
            .Map(App, (input, value) => input == "workerDesiredCount" ? 5 : value);

        var finding = Assert.Single(ColorParity.Check(App, blue, green));

        Assert.Equal(new ParityFinding("workerService", "properties.desiredCount", "1", "5"), finding);
    }

    [Fact]
    public void ConfigValues_CoverEveryKeyTheProgramDeclares()
    {
        var settings = new StackSettingsLoader(App).LoadValid(RepositoryRoot.Path, "dev");

        var values = StackConfigValues.From(App, settings);

        Assert.Equal(
            new BluegreenProject(App).Program.Config.Select(c => c.Name).Order(),
            values.Keys.Order());
        Assert.Equal(Expr.List("subnet-00000000000000011", "subnet-00000000000000012"), values["publicSubnetIds"]);
    }
}
