using Bluegreen.Components.Model;

namespace Bluegreen.Components.Aws.Rds;

/// <summary>
/// The PostgreSQL primary both colors write to. Its master password is generated (RandomPassword), handed to RDS and to
/// a Secrets Manager secret as secrets, and never appears in outputs: tasks receive it from the secret.
/// </summary>
public sealed class PrimaryDatabase
{
    public const string Name = "database";
    public const string PasswordName = "databasePassword";
    public const string SecretName = "databaseSecret";
    public const string SecretVersionName = "databaseSecretVersion";
    public const string SubnetGroupName = "databaseSubnetGroup";
    public const string DatabaseName = "app";
    public const string MasterUser = "bluegreen";
    public const string EngineVersion = "16";
    private const int BackupRetentionDays = 7;

    public PrimaryDatabase(PrimaryDatabaseArgs args)
    {
        var password = new Resource(PasswordName, TypeTokens.RandomPassword, Expr.Map(
            ("length", 32),
            ("special", false)));
        var secret = new Resource(SecretName, TypeTokens.SecretsManagerSecret, Expr.Map(
            ("namePrefix", Expr.Format($"{args.NamePrefix}-database-password-")),
            ("description", "Master password of the PostgreSQL primary; ECS injects it as PGPASSWORD"),
            ("recoveryWindowInDays", 7)));
        var secretVersion = new Resource(SecretVersionName, TypeTokens.SecretsManagerSecretVersion, Expr.Map(
            ("secretId", secret.Output("id")),
            ("secretString", Fn.Secret(password.Output("result")))),
            new ResourceOptions { AdditionalSecretOutputs = ["secretString"] });
        var subnetGroup = new Resource(SubnetGroupName, TypeTokens.RdsSubnetGroup, Expr.Map(
            ("name", Expr.Format($"{args.NamePrefix}-database")),
            ("description", "Private subnets of the PostgreSQL primary and replicas"),
            ("subnetIds", args.PrivateSubnetIds)),
            new ResourceOptions { DeleteBeforeReplace = true });
        var primary = new Resource(Name, TypeTokens.RdsInstance, Expr.Map(
            ("identifier", Expr.Format($"{args.NamePrefix}-primary")),
            ("engine", "postgres"),
            ("engineVersion", EngineVersion),
            ("instanceClass", args.InstanceClass),
            ("allocatedStorage", args.AllocatedStorageGb),
            ("storageType", "gp3"),
            ("storageEncrypted", true),
            ("dbName", DatabaseName),
            ("username", MasterUser),
            ("password", Fn.Secret(password.Output("result"))),
            ("dbSubnetGroupName", subnetGroup.Output("name")),
            ("vpcSecurityGroupIds", Expr.List(args.SecurityGroupId)),
            ("publiclyAccessible", false),
            ("backupRetentionPeriod", BackupRetentionDays),
            ("finalSnapshotIdentifier", Expr.Format($"{args.NamePrefix}-primary-final")),
            ("skipFinalSnapshot", false),
            ("applyImmediately", true)),
            new ResourceOptions { Protect = true, AdditionalSecretOutputs = ["password"] });

        Resources = [password, secret, secretVersion, subnetGroup, primary];
        Identifier = primary.Output("identifier");
        Address = primary.Output("address");
        SecretArn = secret.Output("arn");
        // Not "arn": the aws 7.x schema marks SecretVersion.arn deprecated ("Use secretArn instead").
        PopulatedSecretArn = secretVersion.Output("secretArn");
    }

    public IReadOnlyList<Resource> Resources { get; }

    /// <summary>What replicas name as their source (<c>replicateSourceDb</c>).</summary>
    public Expr Identifier { get; }

    /// <summary>Host name writes go to.</summary>
    public Expr Address { get; }

    public Expr SecretArn { get; }

    /// <summary>The secret's ARN read from its version, so whoever uses it waits until the secret holds the password.</summary>
    public Expr PopulatedSecretArn { get; }
}

public sealed record PrimaryDatabaseArgs
{
    /// <summary>Prefix of the fixed names (identifier, subnet group, secret), e.g. "shop-dev". Lower case.</summary>
    public required Expr NamePrefix { get; init; }

    public required Expr PrivateSubnetIds { get; init; }

    public required Expr SecurityGroupId { get; init; }

    public required Expr InstanceClass { get; init; }

    public required Expr AllocatedStorageGb { get; init; }
}
