namespace Bluegreen.PulumiYaml.Tests;

/// <summary>Small programs in the shape the generator emits: two ColorEnvironment instances and a flipped listener.</summary>
internal static class Fixtures
{
    public const string Package = """
        name: bluegreen
        runtime: yaml
        components:
          ColorEnvironment:
            inputs:
              color:
                type: string
              port:
                type: integer
                default: 8080
              desiredCount:
                type: integer
                default: 2
            resources:
              tg:
                type: aws:lb:TargetGroup
                properties:
                  name: "shop-${color}"
                  port: ${port}
                  protocol: HTTP
                  targetType: ip
              service:
                type: aws:ecs:Service
                properties:
                  name: "shop-web-${color}"
                  desiredCount: ${desiredCount}
                  loadBalancers:
                    - targetGroupArn: ${tg.arn}
                      containerName: web
                      containerPort: ${port}
            outputs:
              targetGroupArn: ${tg.arn}
              serviceName: ${service.name}
        """;

    public const string Program = """
        name: shop
        runtime: yaml
        config:
          activeColor:
            type: string
            default: blue
          webPort:
            type: integer
            default: 8080
        packages:
          bluegreen: ./components
        variables:
          colorCheck:
            fn::select:
              - 1
              - fn::split: [";${activeColor};", ";blue;green;"]
          activeTgArn:
            fn::select:
              - 0
              - fn::split:
                  - ";"
                  - fn::select:
                      - 1
                      - fn::split: [";${activeColor}=", ";blue=${blue.targetGroupArn};green=${green.targetGroupArn};"]
        resources:
          alb:
            type: aws:lb:LoadBalancer
            properties:
              name: shop-alb
          blue:
            type: bluegreen:index:ColorEnvironment
            properties:
              color: blue
              port: ${webPort}
          green:
            type: bluegreen:ColorEnvironment
            properties:
              color: green
              port: ${webPort}
          listener:
            type: aws:lb:Listener
            properties:
              loadBalancerArn: ${alb.arn}
              port: 80
              protocol: HTTP
              defaultActions:
                - type: forward
                  targetGroupArn: ${activeTgArn}
        outputs:
          activeTargetGroup: ${activeTgArn}
          albDns: ${alb.dnsName}
        """;

    /// <summary>A random password and a database with the given lines under its <c>properties:</c>.</summary>
    public static string PasswordAndDatabase(params string[] databaseProperties) => $"""
        resources:
          pw:
            type: random:RandomPassword
            properties:
              length: 24
          db:
            type: aws:rds:Instance
            properties:
              instanceClass: db.t4g.micro
              {string.Join("\n      ", databaseProperties)}
        """;
}
