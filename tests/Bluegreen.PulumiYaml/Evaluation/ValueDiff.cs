using Bluegreen.PulumiYaml.Syntax;

namespace Bluegreen.PulumiYaml.Evaluation;

/// <summary>Where two values differ, as paths like <c>actions[0].targetGroupArn</c> (secret-ness counts as a difference).</summary>
public static class ValueDiff
{
    public static IReadOnlyList<string> Paths(PulumiValue left, PulumiValue right)
    {
        var paths = new List<string>();
        Collect(left, right, "", paths);
        return paths;
    }

    private static void Collect(PulumiValue left, PulumiValue right, string path, List<string> paths)
    {
        switch (left, right)
        {
            case (ObjectValue a, ObjectValue b) when a.IsSecret == b.IsSecret:
                foreach (var key in a.Entries.Select(e => e.Key).Union(b.Entries.Select(e => e.Key)))
                {
                    Collect(a.Get(key) ?? new NullValue(), b.Get(key) ?? new NullValue(), PathText.Property(path, key), paths);
                }

                break;
            case (ListValue a, ListValue b) when a.IsSecret == b.IsSecret && a.Items.Count == b.Items.Count:
                for (var i = 0; i < a.Items.Count; i++)
                {
                    Collect(a.Items[i], b.Items[i], PathText.Index(path, i), paths);
                }

                break;
            default:
                if (left.ToCanonicalText() != right.ToCanonicalText())
                {
                    paths.Add(path);
                }

                break;
        }
    }
}
