using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;
using WorkSessions.Web.Infrastructure;
using WorkSessions.Web.Tests.Infrastructure;

namespace WorkSessions.Web.Tests.Features.Layout;

[Collection(PortalCollection.Name)]
public sealed class CircuitLimitsTests(PortalFixture portal)
{
    [Fact]
    public void The_running_portal_uses_the_chosen_circuit_limits()
    {
        var circuit = portal.Services.GetRequiredService<IOptions<CircuitOptions>>().Value;
        circuit.DisconnectedCircuitRetentionPeriod.ShouldBe(TimeSpan.FromMinutes(5));
        circuit.DisconnectedCircuitMaxRetained.ShouldBe(200);
        circuit.JSInteropDefaultCallTimeout.ShouldBe(TimeSpan.FromSeconds(30));

        BlazorHubOptions(portal.Services).MaximumReceiveMessageSize.ShouldBe(CircuitLimits.MaximumReceiveMessageSize);
    }

    [Theory]
    [InlineData("Development", true)]
    [InlineData("Production", false)]
    [InlineData("Staging", false)]
    public void Exception_details_reach_the_browser_only_in_Development(string environment, bool detailed)
    {
        var services = new ServiceCollection();
        var host = new Environment(environment);
        services.AddLogging();
        services.AddSingleton<IWebHostEnvironment>(host);
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        services.AddRazorComponents().AddPortalCircuits(host);
        using var provider = services.BuildServiceProvider();

        provider.GetRequiredService<IOptions<CircuitOptions>>().Value.DetailedErrors.ShouldBe(detailed);
        BlazorHubOptions(provider).MaximumReceiveMessageSize.ShouldBe(CircuitLimits.MaximumReceiveMessageSize);
    }

    /// <summary>Blazor's hub class is internal; its options are the generic HubOptions of that type.</summary>
    private static HubOptions BlazorHubOptions(IServiceProvider services)
    {
        var hub = typeof(CircuitOptions).Assembly.GetType("Microsoft.AspNetCore.Components.Server.ComponentHub", throwOnError: true)!;
        var options = (IOptions<HubOptions>)services.GetRequiredService(typeof(IOptions<>).MakeGenericType(typeof(HubOptions<>).MakeGenericType(hub)));
        return options.Value;
    }

    private sealed class Environment(string name) : IWebHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;

        public string ApplicationName { get; set; } = "WorkSessions.Web";

        public string WebRootPath { get; set; } = string.Empty;

        public IFileProvider WebRootFileProvider { get; set; } = new NullFileProvider();

        public string ContentRootPath { get; set; } = string.Empty;

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
