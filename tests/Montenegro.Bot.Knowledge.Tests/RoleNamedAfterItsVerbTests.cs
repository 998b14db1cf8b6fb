using Montenegro.Bot.Knowledge.Answering;

namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// A role whose holder is named after "was" ("its first resident ambassador was ...") is a named role: the who-question
/// asking for that holder is answered, not declined as a role the sources mention without a name. The sentence is one of a
/// made-up note added to the sources, as an operator would add one.
/// </summary>
public sealed class RoleNamedAfterItsVerbTests : IDisposable
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), "mbot-role-" + Guid.NewGuid().ToString("N"));

    public RoleNamedAfterItsVerbTests()
    {
        Directory.CreateDirectory(_data);
        foreach (var file in Directory.GetFiles(KnowledgeFixture.DataPath))
        {
            File.Copy(file, Path.Combine(_data, Path.GetFileName(file)));
        }

        File.WriteAllText(Path.Combine(_data, "note.md"), """
            # Montenegro–Peru relations (test note)

            *Made-up test material, not a factual record.*

            ## Diplomatic relations

            Peru opened a resident embassy in Podgorica on 3 May 2013; its first resident ambassador was Lucía Quispe Romero.
            """);
    }

    [Fact]
    public void A_holder_named_after_was_answers_who_held_the_role()
    {
        using var knowledge = KnowledgeBaseLoader.Load(_data);
        var engine = new AnswerEngine(knowledge);

        var answer = engine.Ask("Who was Peru's first ambassador in Podgorica?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("Quispe", answer.Text, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_data, recursive: true);
}
