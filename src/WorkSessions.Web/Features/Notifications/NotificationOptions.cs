namespace WorkSessions.Web.Features.Notifications;

/// <summary>Settings of the notification job, section "Notifications".</summary>
public sealed class NotificationOptions
{
    public const string Section = "Notifications";

    /// <summary>The job runs on every node; the database makes sure each event is told once.</summary>
    public bool Enabled { get; set; } = true;

    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// How far back the job looks for events (tasks assigned, reviews, decisions, deadlines passed):
    /// a new installation on twenty years of data tells of the last month, not of 2006.
    /// </summary>
    public int LookBackDays { get; set; } = 30;

    /// <summary>The portal's address for links in e-mails ("https://theodoi.tinhuy.vn"); none when empty.</summary>
    public string? PortalUrl { get; set; }
}

/// <summary>SMTP settings, section "Email". Nothing is sent while Host is empty, the default.</summary>
public sealed class EmailOptions
{
    public const string Section = "Email";

    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    /// <summary>Auto, None, SslOnConnect, StartTls or StartTlsWhenAvailable (MailKit's SecureSocketOptions).</summary>
    public string Security { get; set; } = "StartTlsWhenAvailable";

    public string? UserName { get; set; }

    public string? Password { get; set; }

    public string From { get; set; } = "theodoi@localhost";

    public string FromName { get; set; } = "Theo dõi kết luận – Văn phòng Tỉnh ủy";

    public bool IsEnabled => !string.IsNullOrWhiteSpace(Host);
}
