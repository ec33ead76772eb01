using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using WorkSessions.Data;
using WorkSessions.Data.Auditing;
using WorkSessions.Data.Identity;
using WorkSessions.Web.Shared.Access;
using WorkSessions.Web.Localization;

namespace WorkSessions.Web.Features.Account;

public static class AccountServiceCollectionExtensions
{
    public const string SignInRateLimit = "sign-in";

    /// <summary>Posts of the change-password form, per signed-in user.</summary>
    public const string PasswordChangeRateLimit = "password-change";

    /// <summary>Administrator role and a sign-in completed with the authenticator code.</summary>
    public const string AdministrationPolicy = "administration";

    /// <summary>OWASP's 2023 figure for PBKDF2-HMAC-SHA512; Identity's default is 100,000.</summary>
    public const int PasswordHashIterations = 210_000;

    /// <summary>
    /// The cookie's principal is rebuilt from the database at each stamp check, and the database does
    /// not know how the user signed in: without this the authenticator's "amr: mfa" was dropped a
    /// minute after sign-in, and with it the administrator's rights.
    /// </summary>
    internal static Task KeepHowTheUserSignedIn(SecurityStampRefreshingPrincipalContext context)
    {
        if (context.NewPrincipal?.Identity is ClaimsIdentity renewed && context.CurrentPrincipal is { } current)
        {
            foreach (var method in current.FindAll("amr").Where(m => !renewed.HasClaim("amr", m.Value)).ToList())
            {
                renewed.AddClaim(new Claim(method.Type, method.Value, method.ValueType, method.Issuer));
            }
        }

        return Task.CompletedTask;
    }

    public static IServiceCollection AddPortalAccounts(this IServiceCollection services, IConfiguration configuration, IWebHostEnvironment environment)
    {
        // Per client address: an office behind one address shares it, so it is set above one person's
        // needs; guessing one account's password is stopped by the lockout, not by this limit.
        var signInsPerMinute = configuration.GetValue("Accounts:SignInAttemptsPerMinute", 30);
        var passwordChangesPerMinute = configuration.GetValue("Accounts:PasswordChangeAttemptsPerMinute", 10);
        services.AddCascadingAuthenticationState();
        services.AddScoped<AuthenticationStateProvider, RevalidatingAuthenticationStateProvider>();
        services.AddScoped<CurrentUser>();
        services.AddScoped<ICurrentUser>(sp => sp.GetRequiredService<CurrentUser>());
        services.AddScoped<SecurityAudit>();
        services.AddScoped<DemoAccounts>();
        services.AddScoped<SignInThrottle>();
        services.Configure<SignInThrottleOptions>(configuration.GetSection("Accounts:Throttle"));
        services.AddHttpContextAccessor();

        // Keys in the database: a restart or a second web node keeps users signed in.
        services.AddDataProtection().PersistKeysToDbContext<WorkSessionsDbContext>().SetApplicationName("WorkSessions")
            .ProtectKeys(configuration, environment);
        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.AddAuthorizationBuilder()
            .AddPolicy(AdministrationPolicy, p => p.RequireRole(PortalRoles.Administrator).RequireClaim("amr", "mfa"));
        services.AddIdentityCore<PortalUser>(o =>
            {
                o.Password.RequiredLength = 10;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = false;
                o.SignIn.RequireConfirmedAccount = false;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<WorkSessionsDbContext>()
            .AddSignInManager<PortalSignInManager>()
            .AddClaimsPrincipalFactory<PortalClaimsPrincipalFactory>()
            .AddErrorDescriber<VietnameseIdentityErrors>()
            .AddPasswordValidator<KnownPasswordValidator>()
            .AddDefaultTokenProviders();

        services.Configure<PasswordHasherOptions>(o => o.IterationCount = PasswordHashIterations);
        services.Configure<SecurityStampValidatorOptions>(o =>
        {
            // Every request checks the cookie against the account (one indexed read): a sign-out or a
            // disabled account refuses every copy of the cookie at once, on every node. Open circuits
            // are checked every Accounts:RevalidationInterval.
            o.ValidationInterval = configuration.GetValue("Accounts:CookieCheckInterval", TimeSpan.Zero);
            o.OnRefreshingPrincipal = KeepHowTheUserSignedIn;
        });
        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/account/login";
            o.LogoutPath = "/account/logout";
            o.AccessDeniedPath = "/account/denied";
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
            o.Cookie.Name = "WorkSessions.Auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
            o.Events.OnValidatePrincipal = async context =>
            {
                await SecurityStampValidator.ValidatePrincipalAsync(context);

                // The stamp is checked on every request: renewing the cookie after each check would send a
                // new cookie with every answer (and turn a file's "no-store" into "no-cache,no-store").
                // Sliding expiry still renews it as before.
                context.ShouldRenew = false;
            };
        });

        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = async (context, ct) =>
            {
                // The window's end, so a client (and a person) knows when to come back (RFC 6585, RFC 9110 §10.2.3).
                var wait = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1);
                var http = context.HttpContext;
                http.Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                http.Response.ContentType = "text/plain; charset=utf-8";
                var localizer = http.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
                await http.Response.WriteAsync(localizer["TooManyRequests", localizer.Duration(wait)], ct);
            };

            // Only the form posts count: reading the sign-in page is free.
            o.AddPolicy(SignInRateLimit, http => HttpMethods.IsPost(http.Request.Method)
                ? RateLimitPartition.GetFixedWindowLimiter(
                    SignInThrottle.AddressOf(http),
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = signInsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
                : RateLimitPartition.GetNoLimiter("read"));

            // The current password is checked on each post: a signed-in person (or a stolen cookie) gets a
            // few tries a minute, besides the throttle's count of wrong passwords.
            o.AddPolicy(PasswordChangeRateLimit, http => HttpMethods.IsPost(http.Request.Method)
                ? RateLimitPartition.GetFixedWindowLimiter(
                    http.User.Identity?.Name ?? SignInThrottle.AddressOf(http),
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = passwordChangesPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
                : RateLimitPartition.GetNoLimiter("read"));
        });

        // The antiforgery cookie is Secure wherever the sign-in cookie is.
        services.AddAntiforgery(o => o.Cookie.SecurePolicy = environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always);
        return services;
    }
}
