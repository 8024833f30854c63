namespace Bluegreen.Aws.LoadBalancing;

// The output shape of `aws elbv2 describe-target-health`, member names as in botocore
// botocore/data/elbv2/2015-12-01/service-2.json: DescribeTargetHealthOutput > TargetHealthDescriptions >
// TargetHealthDescription { Target: TargetDescription, HealthCheckPort, TargetHealth: TargetHealth }.
// Members bluegreen does not read (AnomalyDetection, AdministrativeOverride) are left out.

internal sealed record DescribeTargetHealthOutput(IReadOnlyList<TargetHealthDescription>? TargetHealthDescriptions);

internal sealed record TargetHealthDescription(TargetDescription? Target, string? HealthCheckPort, TargetHealthInfo? TargetHealth);

internal sealed record TargetDescription(string Id, int? Port, string? AvailabilityZone);

/// <summary>The model's <c>TargetHealth</c> shape; <c>State</c> is one of TargetHealthStateEnum.</summary>
internal sealed record TargetHealthInfo(string? State, string? Reason, string? Description);
