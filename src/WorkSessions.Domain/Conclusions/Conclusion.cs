using WorkSessions.Domain.Common;

namespace WorkSessions.Domain.Conclusions;

/// <summary>The leader's assessment and the numbered directives given at the end of a session.</summary>
public sealed class Conclusion : Entity
{
    public const int AssessmentMaxLength = 20_000;

    private readonly List<Directive> _directives = [];

    private Conclusion()
    {
        Assessment = string.Empty;
    }

    internal Conclusion(string assessment, DateOnly sessionDate)
        : this()
    {
        ChangeAssessment(assessment);
        SessionDate = sessionDate;
    }

    public int WorkSessionId { get; private set; }

    public string Assessment { get; private set; }

    /// <summary>Copied from the session so that deadlines can be checked against it.</summary>
    public DateOnly SessionDate { get; private set; }

    /// <summary>The directives in their numbered order, 1..n with no gap.</summary>
    public IReadOnlyList<Directive> Directives => [.. _directives.Where(d => !d.IsDeleted).OrderBy(d => d.Number)];

    public void ChangeAssessment(string assessment) =>
        Assessment = Guard.Required(assessment, nameof(Assessment), "Đánh giá, kết luận", AssessmentMaxLength);

    public Directive AddDirective(DirectiveField field, string text)
    {
        var directive = new Directive(field, text, Directives.Count + 1, SessionDate);
        _directives.Add(directive);
        return directive;
    }

    /// <summary>Removes a directive with its tasks; one whose tasks have been reported on stays, since that work is on record.</summary>
    public void RemoveDirective(Directive directive, DateTime utcNow)
    {
        var ordered = OwnDirectives(directive);
        foreach (var task in directive.Tasks)
        {
            directive.RemoveTask(task, utcNow);
        }

        ordered.Remove(directive);
        directive.MarkDeleted(utcNow);
        Renumber(ordered);
    }

    /// <summary>Renumbers the directives in the order given (1..n).</summary>
    public void ArrangeDirectives(IReadOnlyList<Directive> order) =>
        Ordering.Arrange(Directives, order, (d, n) => d.Renumber(n), nameof(Directives));

    /// <summary>Moves a directive to position <paramref name="newNumber"/> (1-based); the others close up around it.</summary>
    public void MoveDirective(Directive directive, int newNumber)
    {
        var ordered = OwnDirectives(directive);
        if (newNumber < 1 || newNumber > ordered.Count)
        {
            throw new DomainException($"Số thứ tự phải từ 1 đến {ordered.Count}.", nameof(Directives));
        }

        ordered.Remove(directive);
        ordered.Insert(newNumber - 1, directive);
        Renumber(ordered);
    }

    private List<Directive> OwnDirectives(Directive directive)
    {
        var ordered = Directives.ToList();
        return ordered.Contains(directive)
            ? ordered
            : throw new DomainException("Ý kiến chỉ đạo không thuộc kết luận này.", nameof(Directives));
    }

    private static void Renumber(List<Directive> ordered)
    {
        for (var i = 0; i < ordered.Count; i++)
        {
            ordered[i].Renumber(i + 1);
        }
    }
}
