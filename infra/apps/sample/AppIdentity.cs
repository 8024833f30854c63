namespace Bluegreen.SampleApp;

/// <summary>Who this instance is, read once at start from the environment the engine passes to every instance.</summary>
internal sealed record AppIdentity
{
    public required AppRole Role { get; init; }

    /// <summary>"blue" or "green".</summary>
    public required string Color { get; init; }

    public required string Version { get; init; }

    public required string Service { get; init; }

    public required string Instance { get; init; }

    /// <summary>
    /// Reads <c>--role</c> (or <c>BLUEGREEN_ROLE</c>) and the <c>BLUEGREEN_*</c> variables.
    /// Returns the problems instead of an identity when the input cannot be used.
    /// </summary>
    public static AppIdentity Read(IConfiguration configuration, out IReadOnlyList<string> problems)
    {
        var errors = new List<string>();
        var roleText = configuration["role"] ?? configuration["BLUEGREEN_ROLE"] ?? "web";
        var role = roleText switch
        {
            "web" => AppRole.Web,
            "worker" => AppRole.Worker,
            _ => (AppRole?)null,
        };
        if (role is null)
        {
            errors.Add($"--role is \"{roleText}\"; use \"web\" or \"worker\".");
        }

        var color = configuration["BLUEGREEN_COLOR"];
        if (color is not ("blue" or "green"))
        {
            errors.Add($"BLUEGREEN_COLOR is \"{color}\"; set it to \"blue\" or \"green\".");
        }

        var service = NonEmpty(configuration["BLUEGREEN_SERVICE"]) ?? roleText;
        problems = errors;
        return new AppIdentity
        {
            Role = role ?? AppRole.Web,
            Color = color ?? "",
            Version = NonEmpty(configuration["BLUEGREEN_VERSION"]) ?? "dev",
            Service = service,
            Instance = NonEmpty(configuration["BLUEGREEN_INSTANCE"]) ?? $"{service}-{color}-{Environment.ProcessId}",
        };
    }

    private static string? NonEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
