namespace Bluegreen.Tests.Stacks;

/// <summary>Stack files for the sample app, valid as written; tests change one line to make each mistake.</summary>
internal static class StackTexts
{
    public const string Aws = """
        config:
          aws:region: eu-west-1
          bluegreen:activeColor: blue
          bluegreen:blueImageTag: 1.0.0
          bluegreen:certificateArn: arn:aws:acm:eu-west-1:123456789012:certificate/0a1b2c3d-4e5f-6789-abcd-ef0123456789
          bluegreen:greenImageTag: 1.1.0
          bluegreen:imageRegistry: 123456789012.dkr.ecr.eu-west-1.amazonaws.com
          bluegreen:vpcId: vpc-0abc0000000000001
          bluegreen:publicSubnetIds:
            - subnet-0aaa0000000000001
            - subnet-0aaa0000000000002
          bluegreen:privateSubnetIds:
            - subnet-0bbb0000000000001
            - subnet-0bbb0000000000002
          bluegreen:testListenerCidr: 10.0.0.0/8
          bluegreen:webDesiredCount: 2
          bluegreen:webCpu: 512
          bluegreen:webMemory: 1024
        """;

    public const string Local = """
        config:
          bluegreen:engine: local
          bluegreen:activeColor: green
          bluegreen:blueImageTag: 1.0.0
          bluegreen:greenImageTag: 1.1.0
          bluegreen:webDesiredCount: 2
          bluegreen:workerLocalCommand: /usr/bin/env true
        """;

    /// <summary><paramref name="text"/> with one line replaced; fails when the line is not there, so the test stays honest.</summary>
    public static string With(this string text, string line, string replacement) =>
        text.Contains(line, StringComparison.Ordinal)
            ? text.Replace(line, replacement, StringComparison.Ordinal)
            : throw new ArgumentException($"\"{line}\" is not in the stack text.", nameof(line));
}
