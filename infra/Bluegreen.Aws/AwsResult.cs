using System.Diagnostics.CodeAnalysis;

namespace Bluegreen.Aws;

/// <summary>Either the answer of a call or why there is none; never thrown.</summary>
public sealed class AwsResult<T>
    where T : notnull
{
    public AwsResult(T value) => Value = value;

    public AwsResult(AwsFailure failure) => Failure = failure;

    public T? Value { get; }

    public AwsFailure? Failure { get; }

    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Failure))]
    public bool Succeeded => Failure is null;

#pragma warning disable CA2225 // The constructors are the named alternates.
    public static implicit operator AwsResult<T>(T value) => new(value);

    public static implicit operator AwsResult<T>(AwsFailure failure) => new(failure);
#pragma warning restore CA2225
}
