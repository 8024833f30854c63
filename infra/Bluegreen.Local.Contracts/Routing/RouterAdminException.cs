namespace Bluegreen.Local.Contracts.Routing;

/// <summary>Why a call to the router's admin endpoint failed.</summary>
public enum RouterAdminFailure
{
    /// <summary>Nothing answers on the admin port, or it did not answer in time.</summary>
    Unreachable,

    /// <summary>401: the token does not match the router's <c>admin-token</c>, or there is no token file.</summary>
    Unauthorized,

    /// <summary>400: the router refused the request as invalid; nothing was changed.</summary>
    Rejected,

    /// <summary>409: the router's state differs from what the request expected; nothing was changed.</summary>
    Conflict,

    /// <summary>Any other answer.</summary>
    Failed,
}

/// <summary>A failed admin call, with a message that says what to do about it.</summary>
public sealed class RouterAdminException(
    RouterAdminFailure failure, string message, IReadOnlyList<string>? details = null, Exception? inner = null)
    : Exception(message, inner)
{
    public RouterAdminFailure Failure { get; } = failure;

    /// <summary>Every problem the router listed, e.g. each invalid field of a snapshot.</summary>
    public IReadOnlyList<string> Details { get; } = details ?? [];
}
