using System.Text;

namespace GraphQL.Tests.Fuzz;

/// <summary>Produces randomly damaged variants of valid documents: deleted, inserted, duplicated and swapped pieces.</summary>
internal sealed class DocumentMutator(int seed)
{
    private static readonly string[] Fragments =
    [
        "{", "}", "(", ")", "[", "]", ":", "$", "@", "!", "=", "|", "&", "...", ",", " ", "\n", "#", "\"", "\"\"\"", "\\", "\\u", "\\u{",
        "on", "fragment", "query", "mutation", "subscription", "null", "true", "false", "__typename", "__schema", "__type",
        "dog", "name", "mother", "catOrDog", "pets", "human", "complicatedArgs", "intArgField", "intArg",
        "@include(if: $x)", "@skip(if: true)", "...F", "... on Dog", "$var", "1", "-0.5e10", "99999999999", "\"s\"", "{a: 1}", "[1, 2]",
        "\u00e9", "\U0001F600", "\u0000", "\t",
    ];

    private readonly Random _random = new(seed);

    public string Mutate(string source)
    {
        var builder = new StringBuilder(source);
        var count = _random.Next(1, 4);
        for (var i = 0; i < count; i++)
        {
            switch (_random.Next(7))
            {
                case 5:
                case 6:
                    InsertIgnored(builder);
                    break;
                case 0:
                    Delete(builder);
                    break;
                case 1:
                    builder.Insert(_random.Next(builder.Length + 1), Fragments[_random.Next(Fragments.Length)]);
                    break;
                case 2:
                    Duplicate(builder);
                    break;
                case 3:
                    Swap(builder);
                    break;
                default:
                    if (builder.Length > 0)
                        builder[_random.Next(builder.Length)] = (char)_random.Next(32, 127);
                    break;
            }
        }

        return builder.ToString();
    }

    // Ignored tokens next to existing white space keep the document meaningful, so later stages get exercised too.
    private void InsertIgnored(StringBuilder builder)
    {
        string[] ignored = [" ", ",", "\n", "\r\n", "\t", " # comment\n", "\uFEFF"];
        for (var attempt = 0; attempt < 8; attempt++)
        {
            var index = _random.Next(builder.Length + 1);
            if (index == builder.Length || builder[index] is ' ' or '\n')
            {
                builder.Insert(index, ignored[_random.Next(ignored.Length)]);
                return;
            }
        }
    }

    private void Delete(StringBuilder builder)
    {
        if (builder.Length == 0)
            return;
        var start = _random.Next(builder.Length);
        builder.Remove(start, Math.Min(_random.Next(1, 12), builder.Length - start));
    }

    private void Duplicate(StringBuilder builder)
    {
        if (builder.Length == 0)
            return;
        var start = _random.Next(builder.Length);
        var length = Math.Min(_random.Next(1, 40), builder.Length - start);
        builder.Insert(_random.Next(builder.Length + 1), builder.ToString(start, length));
    }

    private void Swap(StringBuilder builder)
    {
        if (builder.Length < 4)
            return;
        var a = _random.Next(builder.Length / 2);
        var b = _random.Next(builder.Length / 2, builder.Length);
        (builder[a], builder[b]) = (builder[b], builder[a]);
    }
}
