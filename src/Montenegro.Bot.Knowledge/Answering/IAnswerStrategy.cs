namespace Montenegro.Bot.Knowledge.Answering;

/// <summary>One way of answering: returns an answer when the question is of its kind, otherwise null.</summary>
internal interface IAnswerStrategy
{
    Answer? TryAnswer(Question question);
}
