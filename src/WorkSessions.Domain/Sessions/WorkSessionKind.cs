namespace WorkSessions.Domain.Sessions;

public enum WorkSessionKind
{
    /// <summary>Làm việc.</summary>
    Working,

    /// <summary>Kiểm tra.</summary>
    Inspection,

    /// <summary>Giám sát.</summary>
    Supervision,

    /// <summary>Khảo sát.</summary>
    Survey,

    /// <summary>Thăm, làm việc.</summary>
    Visit,
}
