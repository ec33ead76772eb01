using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using WorkSessions.Data;
using WorkSessions.Domain.Conclusions;
using WorkSessions.Domain.Officials;
using WorkSessions.Domain.Sessions;
using WorkSessions.Domain.Tasks;
using WorkSessions.Domain.Units;

namespace WorkSessions.Testing;

/// <summary>How much history <see cref="ProvinceGenerator"/> writes; <see cref="Full"/> is a province's twenty years.</summary>
public sealed record ProvinceScale(int Sessions, int DirectivesPerSession, int TasksPerDirective, double UpdatesPerTask)
{
    /// <summary>6,000 sessions, 60,000 directives, 120,000 tasks, about 500,000 progress updates.</summary>
    public static readonly ProvinceScale Full = new(6_000, 10, 2, 500_000 / 120_000.0);

    /// <summary>The same shape with a fraction of the sessions, for tests.</summary>
    public static ProvinceScale Fraction(double share) => Full with { Sessions = Math.Max(1, (int)Math.Round(Full.Sessions * share)) };
}

/// <summary>
/// Fills a database that holds the demo seed with a province's history: 40 units (8 districts and
/// 24 communes until the 2025 reform, then 8 merged communes), twenty years of sessions chaired by
/// the leaders of each term, their directives and tasks with progress, extensions, returns and
/// confirmations. Everything goes through the domain's own methods, so the data obeys the rules the
/// pages do, and the same seed number always writes the same rows: benchmarks can be repeated.
/// </summary>
public sealed class ProvinceGenerator(IDbContextFactory<WorkSessionsDbContext> factory, ILogger<ProvinceGenerator> logger)
{
    public static readonly DateOnly FirstDay = new(2007, 1, 1);
    public static readonly DateOnly ReformDay = new(2025, 7, 1);

    private const int SessionsPerSave = 100;

    /// <summary>The day the history ends: sessions before "today" are held, those after it planned.</summary>
    public static readonly DateOnly LastDay = new(2026, 12, 31);

    public async Task GenerateAsync(ProvinceScale scale, DateOnly today, int seed = 2021, CancellationToken ct = default)
    {
        var random = new Random(seed);
        var province = await CreateUnitsAsync(ct);
        var leaders = await CreateLeadersAsync(random, ct);
        var counts = new Counts();
        var days = SessionDays(random, scale.Sessions);
        for (var start = 0; start < days.Count; start += SessionsPerSave)
        {
            await using var db = await factory.CreateDbContextAsync(ct);
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            var units = await db.Units.Where(u => province.Contains(u.Id)).ToListAsync(ct);
            var agencies = await db.Units.Where(u => u.Kind == UnitKind.PartyAgency || u.Kind == UnitKind.Government || u.Kind == UnitKind.FatherlandFront).ToListAsync(ct);
            var officials = await db.Officials.Include(o => o.Positions).Where(o => leaders.Contains(o.Id)).ToListAsync(ct);
            foreach (var day in days.Skip(start).Take(SessionsPerSave))
            {
                db.WorkSessions.Add(Session(random, day, today, scale, units, agencies, officials, counts));
            }

            db.ChangeTracker.DetectChanges();
            await db.SaveChangesAsync(ct);
            logger.LogInformation("Province: {Sessions} of {Total} sessions written", Math.Min(start + SessionsPerSave, days.Count), days.Count);
        }

        await using (var db = await factory.CreateDbContextAsync(ct))
        {
            // Fresh statistics let SQLite's planner choose the indexes a real, long-used database would.
            if (db.Database.IsSqlite())
            {
                await db.Database.ExecuteSqlRawAsync("ANALYZE;", ct);
            }
        }

        logger.LogInformation(
            "Province generated: {Sessions} sessions, {Directives} directives, {Tasks} tasks, {Updates} progress updates",
            days.Count, counts.Directives, counts.Tasks, counts.Updates);
    }

    /// <summary>Sessions spread over the twenty years, a few more in the busy months, in date order.</summary>
    private static List<DateOnly> SessionDays(Random random, int count)
    {
        var span = LastDay.DayNumber - FirstDay.DayNumber;
        var days = new List<DateOnly>(count);
        while (days.Count < count)
        {
            var day = DateOnly.FromDayNumber(FirstDay.DayNumber + random.Next(span + 1));
            if (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                days.Add(day);
            }
        }

        days.Sort();
        return days;
    }

    /// <summary>The province's units; returns their ids. Districts end with the reform, communes merge three into one.</summary>
    private async Task<HashSet<int>> CreateUnitsAsync(CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var oldProvince = await db.Units.SingleAsync(u => u.Name == "Tỉnh ủy Nam Định", ct);
        var newProvince = await db.Units.SingleAsync(u => u.Name == "Tỉnh ủy Ninh Bình", ct);
        var created = new List<Unit>();
        var communes = new List<(Unit Old, int District)>();
        for (var d = 0; d < ProvinceNames.Districts.Length; d++)
        {
            var district = new Unit("Huyện ủy " + ProvinceNames.Districts[d], UnitKind.DistrictCommittee, FirstDay.AddYears(-10), oldProvince, "Huyện ủy");
            created.Add(district);
            for (var c = 0; c < 3; c++)
            {
                var commune = new Unit("Đảng ủy xã " + ProvinceNames.Communes[(d * 3) + c], UnitKind.CommuneCommittee, FirstDay.AddYears(-10), district, "Đảng ủy xã");
                created.Add(commune);
                communes.Add((commune, d));
            }
        }

        var merged = ProvinceNames.MergedCommunes.Select(n => new Unit("Đảng ủy xã " + n, UnitKind.CommuneCommittee, ReformDay, newProvince, "Đảng ủy xã")).ToList();
        created.AddRange(merged);
        db.Units.AddRange(created);
        await db.SaveChangesAsync(ct);

        var lastDay = ReformDay.AddDays(-1);
        created.Where(u => u.Kind == UnitKind.DistrictCommittee).ToList().ForEach(u => u.Close(lastDay));
        communes.ForEach(c => c.Old.MergeInto(merged[c.District], lastDay));
        await db.SaveChangesAsync(ct);
        return [.. created.Select(u => u.Id)];
    }

    /// <summary>Five leaders per five-year term, each with the title of that term; returns their ids.</summary>
    private async Task<HashSet<int>> CreateLeadersAsync(Random random, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var btv = await db.Units.SingleAsync(u => u.Name == "Ban Thường vụ Tỉnh ủy Nam Định", ct);
        var newBtv = await db.Units.SingleAsync(u => u.Name == "Ban Thường vụ Tỉnh ủy Ninh Bình", ct);
        var leaders = new List<Official>();
        for (var term = new DateOnly(2005, 10, 1); term < LastDay; term = term.AddYears(5))
        {
            var termEnd = term.AddYears(5).AddDays(-1);
            for (var i = 0; i < ProvinceNames.LeaderTitles.Length; i++)
            {
                var official = new Official(ProvinceNames.Person(random));
                var (title, rank) = ProvinceNames.LeaderTitles[i];
                // The 2025 reform ends every term on 30 June; the new province's leaders hold from 1 July.
                var from = term.Year == 2025 ? ReformDay : term;
                var to = term.Year == 2020 ? ReformDay.AddDays(-1) : termEnd;
                official.AddPosition(title + " " + (from >= ReformDay ? "Ninh Bình" : "Nam Định"), from >= ReformDay ? newBtv : btv, from, to, rank);
                leaders.Add(official);
            }
        }

        db.Officials.AddRange(leaders);
        await db.SaveChangesAsync(ct);
        return [.. leaders.Select(o => o.Id)];
    }

    private static WorkSession Session(
        Random random, DateOnly day, DateOnly today, ProvinceScale scale,
        List<Unit> units, List<Unit> agencies, List<Official> leaders, Counts counts)
    {
        var hosts = units.Where(u => u.IsValidOn(day)).ToList();
        var host = hosts[random.Next(hosts.Count)];
        var partners = agencies.Where(a => a.IsValidOn(day)).ToList(); // no task goes to an agency closed by then
        var kind = random.Next(10) switch { < 6 => WorkSessionKind.Working, 6 => WorkSessionKind.Inspection, 7 => WorkSessionKind.Supervision, 8 => WorkSessionKind.Survey, _ => WorkSessionKind.Visit };
        var subjects = ProvinceNames.Subjects[random.Next(ProvinceNames.Subjects.Length)].Replace("{năm}", (day.Year - 1).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        var session = new WorkSession(
            $"Làm việc với Ban Thường vụ {host.Name}", day, new TimeOnly(random.Next(2) == 0 ? 8 : 14, 0), $"Hội trường {host.Name}", kind, host, subjects);

        var chairs = leaders.Where(o => o.Positions.Any(p => p.IsHeldOn(day))).ToList();
        var chair = chairs[random.Next(chairs.Count)];
        session.AddParticipant(chair, AttendanceSide.ProvincialDelegation, AttendanceRole.Chair);
        foreach (var other in chairs.Where(o => o != chair).Take(random.Next(1, 3)))
        {
            session.AddParticipant(other, AttendanceSide.ProvincialDelegation, AttendanceRole.Attending);
        }

        session.AddParticipant(ProvinceNames.Person(random), "Bí thư " + host.Name, AttendanceSide.HostUnit, AttendanceRole.Reporting);
        session.AddParticipant(ProvinceNames.Person(random), "Phó Bí thư Thường trực " + host.Name, AttendanceSide.HostUnit, AttendanceRole.Attending);
        session.AddParticipant("Ban Thường vụ " + host.Name, string.Empty, AttendanceSide.HostUnit, AttendanceRole.Attending);

        if (day > today)
        {
            return session; // planned: nothing reported or concluded yet
        }

        var report = session.AttachReport($"Báo cáo kết quả thực hiện nhiệm vụ năm {day.Year - 1} của {host.Name}", $"Năm {day.Year - 1} và những tháng đầu năm {day.Year}");
        report.AddSection("Kết quả đạt được", ProvinceNames.Paragraph(random, host.Name));
        report.AddSection("Hạn chế, khó khăn", ProvinceNames.Paragraph(random, host.Name));
        report.AddIndicator("Tốc độ tăng trưởng giá trị sản xuất", Math.Round((decimal)(random.NextDouble() * 10), 1), "%", 8m);
        report.AddIndicator("Thu ngân sách trên địa bàn", random.Next(50, 900), "tỷ đồng");
        report.AddIndicator("Số đảng viên mới kết nạp", random.Next(20, 300), "đảng viên");

        var conclusion = session.Conclude($"Đồng chí {chair.FullName} ghi nhận, đánh giá cao kết quả {host.Name} đạt được; đồng thời chỉ ra những hạn chế cần khắc phục.");
        for (var n = 0; n < scale.DirectivesPerSession; n++)
        {
            var (field, text) = ProvinceNames.Directive(random, host.Name, day.Year);
            var directive = conclusion.AddDirective(field, text);
            counts.Directives++;
            for (var t = 0; t < scale.TasksPerDirective; t++)
            {
                var lead = t == 0 ? host : partners[random.Next(partners.Count)];
                var coordinating = partners.Where(a => a != lead).OrderBy(_ => random.Next()).Take(random.Next(3)).ToList();
                FollowTask(random, directive, lead, coordinating, day, today, scale, counts);
            }
        }

        return session;
    }

    /// <summary>
    /// One task and its life up to <paramref name="today"/>: it is aimed to finish near its deadline
    /// (before or after it), reports progress evenly until then, sometimes asks for more time, is
    /// sometimes returned once; one in twenty stalls and stays open, a few are suspended.
    /// </summary>
    private static void FollowTask(Random random, Directive directive, Unit lead, List<Unit> coordinating, DateOnly given, DateOnly today, ProvinceScale scale, Counts counts)
    {
        DateOnly? deadline = random.Next(8) == 0 ? null : given.AddDays(random.Next(30, 400));
        var schedule = deadline is null ? ReportingSchedule.Quarterly : (ReportingSchedule)random.Next(5);
        var task = directive.Assign(lead, coordinating, deadline, ProvinceNames.Outputs[random.Next(ProvinceNames.Outputs.Length)], schedule);
        counts.Tasks++;
        var by = "Văn phòng " + lead.Name;

        var target = deadline is { } due ? due.AddDays(random.Next(-90, 30)) : given.AddDays(random.Next(60, 400));
        target = target > given ? target : given.AddDays(random.Next(5, 30));
        var stalls = random.Next(20) == 0;
        var finishes = !stalls && target < today;
        var end = finishes ? target : today;

        // The completion report is one of the updates; the rest report progress.
        var planned = Math.Max(0, (int)Math.Round(scale.UpdatesPerTask - 1 + ((random.NextDouble() - 0.5) * 4)));
        var updates = finishes ? planned : (int)(planned * Math.Min(1.0, (double)(end.DayNumber - given.DayNumber) / Math.Max(1, target.DayNumber - given.DayNumber)));
        var days = end.DayNumber - given.DayNumber;
        for (var u = 0; u < updates; u++)
        {
            var on = given.AddDays(days * (u + 1) / (updates + 1));
            if (on <= given || on >= today)
            {
                continue;
            }

            task.ReportProgress(on, ProvinceNames.Progress(random), Math.Min(95, (u + 1) * 90 / updates), by);
            counts.Updates++;
            if (u == 0 && task.CurrentDeadline is { } current && random.Next(10) == 0)
            {
                var extension = task.RequestExtension(on, current.AddDays(random.Next(30, 120)), "Khối lượng công việc lớn, cần thêm thời gian hoàn thiện hồ sơ.", by);
                var decided = on.AddDays(random.Next(3, 15));
                if (decided < end)
                {
                    task.DecideExtension(extension, approve: random.Next(4) > 0, decided, "Thường trực Tỉnh ủy", "Đã xem xét đề nghị của đơn vị.");
                }
            }
        }

        if (!finishes)
        {
            if (random.Next(40) == 0)
            {
                task.Suspend();
            }

            return;
        }

        task.ReportDone(target, "Đơn vị đã hoàn thành nhiệm vụ theo kết luận.", ProvinceNames.Outputs[random.Next(ProvinceNames.Outputs.Length)], by);
        counts.Updates++;
        var reviewed = target.AddDays(random.Next(1, 15));
        if (reviewed >= today)
        {
            return; // still awaiting the office
        }

        if (random.Next(12) == 0)
        {
            task.Return(reviewed, "Văn phòng Tỉnh ủy", "Sản phẩm đầu ra chưa đầy đủ, đề nghị bổ sung.");
            var again = reviewed.AddDays(random.Next(5, 30));
            if (again >= today)
            {
                return;
            }

            task.ReportDone(again, "Đơn vị đã bổ sung hồ sơ theo yêu cầu.", ProvinceNames.Outputs[random.Next(ProvinceNames.Outputs.Length)], by);
            counts.Updates++;
            reviewed = again.AddDays(random.Next(1, 10));
            if (reviewed >= today)
            {
                return;
            }
        }

        task.Confirm(reviewed, "Văn phòng Tỉnh ủy");
    }

    private sealed class Counts
    {
        public int Directives { get; set; }

        public int Tasks { get; set; }

        public int Updates { get; set; }
    }
}
