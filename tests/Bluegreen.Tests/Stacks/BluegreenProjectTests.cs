using System.Text.RegularExpressions;
using Bluegreen.Components;
using Bluegreen.Components.Model;
using Bluegreen.Stacks.Composition;
using Bluegreen.Stacks.Config;
using Bluegreen.Tests.Components;

namespace Bluegreen.Tests.Stacks;

public partial class BluegreenProjectTests
{
    private static readonly BluegreenProject Sample = new(TestApps.Sample);

    [Fact]
    public void Program_InstantiatesColorEnvironmentOnceForEachColor()
    {
        var component = Assert.Single(Sample.Package.Components);
        Assert.Equal(("bluegreen-components", "ColorEnvironment"), (Sample.Package.Name, component.Name));
        var instances = Sample.Program.Resources.Where(r => r.Type == "bluegreen-components:index:ColorEnvironment").ToList();
        Assert.Equal(["blue", "green"], instances.Select(r => r.Name));
        Assert.Equal("\"blue\"", instances[0].Text("color"));
        Assert.Equal("${greenImageTag}", instances[1].Text("imageTag"));
        Assert.Equal(["0", "1"], instances.Select(r => r.Text("prioritySlot")));
        Assert.Equal([new PackageReference("bluegreen-components", "./components/package")], Sample.Program.Packages);
    }

    /// <summary>
    /// The engine gives a package's default provider every stack key whose namespace is the package's name
    /// (pulumi/pulumi deploy/target.go <c>Target.GetPackageConfig</c>, used by default_providers.go
    /// <c>newRegisterDefaultProviderEvent</c>): no setting of the project may land in the component package's namespace.
    /// </summary>
    [Fact]
    public void ComponentPackage_IsNamedApartFromTheProject_SoNoSettingBecomesItsProviderConfig()
    {
        var namespaces = ConfigSchema.For(TestApps.Sample).Keys.Select(k => k.QualifiedName.Split(':')[0]).Distinct().ToList();

        Assert.NotEqual(Sample.Program.Name, Sample.Package.Name);
        Assert.DoesNotContain(Sample.Package.Name, namespaces);
        Assert.Contains(Sample.Program.Name, namespaces);
    }

    /// <summary>
    /// The program pins aws and random with default providers (pulumi-yaml run.go setDefaultProviders); the component
    /// gets none (RunComponentTemplate skips setDefaultProviders), so every child names the color's pinned provider.
    /// </summary>
    [Fact]
    public void Providers_ArePinnedToTheSchemaVersions_InTheProgramAndInEveryColorChild()
    {
        var providers = Sample.Program.Resources.Where(r => r.Type.StartsWith("pulumi:providers:", StringComparison.Ordinal)).ToList();
        var component = Sample.Package.Components[0];

        Assert.Equal([("awsProvider", "7.48.0", true), ("randomProvider", "4.21.2", true)], providers.Select(p => (p.Name, p.Options.Version, p.DefaultProvider)));
        Assert.Equal("${aws:region}", providers[0].Text("region"));
        Assert.DoesNotContain(Sample.Program.Resources, r => r.Options.Version is not null && !providers.Contains(r));
        var pinned = component.Resources.Single(r => r.Type == TypeTokens.AwsProvider);
        Assert.Equal(("awsProvider", "7.48.0", false, "${region}"), (pinned.Name, pinned.Options.Version, pinned.DefaultProvider, pinned.Text("region")));
        Assert.All(component.Resources.Where(r => r != pinned), child => Assert.Equal("awsProvider", child.Options.Provider));
    }

    [Fact]
    public void TheRegion_ComesFromStackConfig_NotFromAnInvoke()
    {
        var texts = Sample.Program.Variables.Select(v => ExprText.Of(v.Value)).Concat(Sample.Program.Resources.Select(r => ExprText.Of(r.Properties)));

        Assert.DoesNotContain(texts, text => text.Contains("fn::invoke", StringComparison.Ordinal));
        Assert.Equal("${aws:region}", Sample.Program.Resources.Named("blue").Text("region"));
    }

    [Fact]
    public void EveryResourceType_IsAFullCanonicalToken()
    {
        var types = Sample.Program.Resources.Concat(Sample.Package.Components[0].Resources).Select(r => r.Type).Distinct();

        Assert.All(types, type => Assert.Matches(CanonicalToken(), type));
    }

    [Fact]
    public void OnlyTheParameterAndTheColors_ReadTheActiveColor_AndTheColorsGetTheCheckedValue()
    {
        var graph = new ReferenceGraph(Sample.Program);

        var resources = graph.ValueReadersOf(ConfigKeys.ActiveColor).Where(name => Sample.Program.Resources.Any(r => r.Name == name)).Order();

        Assert.Equal(["activeColorParameter", "blue", "green"], resources);
        Assert.All(new[] { "blue", "green" }, color => Assert.Equal("${checkedActiveColor}", Sample.Program.Resources.Named(color).Text("activeColor")));
    }

    [Fact]
    public void Outputs_ShowEachColorsReplicaAndTargetGroups_ButNoVariableReadsAColor()
    {
        var project = new BluegreenProject(TestApps.ApiAndSite);

        var colorOutputs = project.Program.Outputs.Where(o => ReferenceGraph.Roots(o.Value).Overlaps(["blue", "green"]));

        Assert.Equal(
            [
                ("blueReplicaAddress", "${blue.replicaAddress}"), ("blueApiTargetGroupArn", "${blue.apiTargetGroupArn}"), ("blueSiteTargetGroupArn", "${blue.siteTargetGroupArn}"),
                ("greenReplicaAddress", "${green.replicaAddress}"), ("greenApiTargetGroupArn", "${green.apiTargetGroupArn}"), ("greenSiteTargetGroupArn", "${green.siteTargetGroupArn}"),
            ],
            colorOutputs.Select(o => (o.Name, ExprText.Of(o.Value))));
        Assert.DoesNotContain(project.Program.Variables, v => ReferenceGraph.Roots(v.Value).Overlaps(["blue", "green"]));
    }

    [Fact]
    public void Program_HasNoDependencyCycle()
    {
        Assert.Null(new ReferenceGraph(Sample.Program).FindCycle());
        Assert.Null(new ReferenceGraph(new BluegreenProject(TestApps.ApiAndSite).Program).FindCycle());
    }

    [Fact]
    public void EveryReference_NamesSomethingTheProgramDeclares()
    {
        var program = Sample.Program;
        var declared = program.Config.Select(c => c.Name)
            .Concat(program.Variables.Select(v => v.Name))
            .Concat(program.Resources.Select(r => r.Name))
            .Append("pulumi")
            .Append("aws:region")
            .ToHashSet();

        var roots = program.Variables.Select(v => v.Value)
            .Concat(program.Resources.Select(r => (Expr)r.Properties))
            .Concat(program.Outputs.Select(o => o.Value))
            .SelectMany(ReferenceGraph.Roots);

        Assert.All(roots, root => Assert.Contains(root, declared));
    }

    [Fact]
    public void ComponentReferences_NameItsInputsOrItsOwnVariablesAndResources()
    {
        var component = Sample.Package.Components[0];
        var declared = component.Inputs.Select(i => i.Name).Concat(component.Variables.Select(v => v.Name)).Concat(component.Resources.Select(r => r.Name)).ToHashSet();

        var roots = component.Variables.Select(v => v.Value)
            .Concat(component.Resources.Select(r => (Expr)r.Properties))
            .Concat(component.Outputs.Select(o => o.Value))
            .SelectMany(ReferenceGraph.Roots);

        Assert.All(roots, root => Assert.Contains(root, declared));
    }

    [Fact]
    public void Config_DeclaresTheAwsAndSharedProjectKeys_AndNothingLocal()
    {
        var config = Sample.Program.Config.ToDictionary(c => c.Name);

        Assert.DoesNotContain(config.Keys, key => key.StartsWith("local", StringComparison.Ordinal) || key.EndsWith("LocalCommand", StringComparison.Ordinal));
        Assert.DoesNotContain("engine", config.Keys);
        Assert.DoesNotContain("aws:region", config.Keys);
        Assert.Null(config["blueImageTag"].Default);
        Assert.Equal(new StringLiteral("blue"), config["activeColor"].Default);
        Assert.Equal((DeclaredType.Array, DeclaredType.String), (config["privateSubnetIds"].Type, config["privateSubnetIds"].Items!.Value));
        Assert.Equal(new IntegerLiteral(256), config["workerCpu"].Default);
    }

    [Fact]
    public void DatabasePassword_ReachesRdsAndTheSecretOnlyAsASecret_AndNoOutput()
    {
        var resources = Sample.Program.Resources;

        Assert.Equal("fn::secret(${databasePassword.result})", resources.Named("database").Text("password"));
        Assert.Equal("fn::secret(${databasePassword.result})", resources.Named("databaseSecretVersion").Text("secretString"));
        var users = resources.Where(r => ReferenceGraph.Roots(r.Properties).Contains("databasePassword")).Select(r => r.Name);
        Assert.Equal(["databaseSecretVersion", "database"], users);
        Assert.DoesNotContain(Sample.Program.Outputs, o => ExprText.Of(o.Value).Contains("databasePassword", StringComparison.Ordinal) || ExprText.Of(o.Value).Contains("secretString", StringComparison.Ordinal));
        Assert.True(resources.Named("database").Options.Protect);
    }

    [Fact]
    public void SecurityGroups_OpenOnlyTheListenersToTheInternet()
    {
        var resources = Sample.Program.Resources;

        var open = resources.Where(r => r.Properties["cidrIpv4"] is StringLiteral { Value: "0.0.0.0/0" }).Select(r => r.Name);
        Assert.Equal(["albProductionIngress", "albRedirectIngress", "servicesHttpsEgress"], open);
        Assert.Equal(("80", "80"), (resources.Named("albRedirectIngress").Text("fromPort"), resources.Named("albRedirectIngress").Text("toPort")));
        Assert.Equal("${testListenerCidr}", resources.Named("albTestIngress").Text("cidrIpv4"));
        Assert.Equal("${albSecurityGroup.id}", resources.Named("servicesFromAlbIngress8080").Text("referencedSecurityGroupId"));
        Assert.Equal(("${servicesSecurityGroup.id}", "5432"), (resources.Named("databaseFromServicesIngress").Text("referencedSecurityGroupId"), resources.Named("databaseFromServicesIngress").Text("fromPort")));
    }

    [Fact]
    public void ExistingNetwork_ReadsTheVpcFromConfig_AndRunsTasksInPrivateSubnets()
    {
        var blue = Sample.Program.Resources.Named("blue");

        Assert.DoesNotContain(Sample.Program.Resources, r => r.Type == TypeTokens.Vpc);
        Assert.Equal("${privateSubnetIds}", blue.Text("serviceSubnetIds"));
        Assert.Equal("false", blue.Text("assignPublicIp"));
        Assert.Equal("${publicSubnetIds}", Sample.Program.Resources.Named("loadBalancer").Text("subnets"));
    }

    [Fact]
    public void MinimalNetwork_CreatesTheVpc_AndNeedsNoNetworkSettings()
    {
        var project = new BluegreenProject(TestApps.Sample with { Network = NetworkMode.CreateMinimal });
        var resources = project.Program.Resources;

        Assert.Equal(["vpc", "internetGateway", "publicRouteTable", "publicInternetRoute", "privateRouteTable", "publicSubnetA", "publicSubnetB", "privateSubnetA", "privateSubnetB"],
            resources.Where(r => r.Type.StartsWith("aws:ec2/", StringComparison.Ordinal) && !r.Type.Contains("securityGroup", StringComparison.Ordinal) && !r.Type.Contains("Association", StringComparison.Ordinal)).Select(r => r.Name));
        Assert.Equal(4, resources.Count(r => r.Type == TypeTokens.RouteTableAssociation));
        Assert.Equal("\"${aws:region}b\"", resources.Named("privateSubnetB").Text("availabilityZone"));
        Assert.DoesNotContain(project.Program.Config, c => c.Name is "vpcId" or "publicSubnetIds" or "privateSubnetIds");
        Assert.Equal("[${publicSubnetA.id}, ${publicSubnetB.id}]", resources.Named("blue").Text("serviceSubnetIds"));
        Assert.Equal("true", resources.Named("blue").Text("assignPublicIp"));
        Assert.Equal("[${privateSubnetA.id}, ${privateSubnetB.id}]", resources.Named("databaseSubnetGroup").Text("subnetIds"));
        Assert.Null(new ReferenceGraph(project.Program).FindCycle());
    }

    [GeneratedRegex(@"^([a-z]+:[a-z0-9]+/[a-zA-Z0-9]+:[A-Z][A-Za-z0-9]+|bluegreen-components:index:ColorEnvironment|pulumi:providers:(aws|random))$")]
    private static partial Regex CanonicalToken();
}
