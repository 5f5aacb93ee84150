using Assessment.Core.Instruments;

namespace Assessment.Web.Components.Layout;

/// <summary>The reconnect dialog's texts: blazor.web.js's own are English only.</summary>
public static class ReconnectTexts
{
    public static readonly LocalizedText Title = new("与服务器的连接中断", "Connection to the server lost");
    public static readonly LocalizedText FirstAttempt = new("正在重新连接…", "Reconnecting…");
    public static readonly LocalizedText Repeated = new("仍未连上，{0} 秒后再试。", "Not connected yet; trying again in {0} s.");
    public static readonly LocalizedText Failed = new("无法连接服务器。请检查网络后重试。", "The server cannot be reached. Check the network and try again.");
    public static readonly LocalizedText Paused = new("服务器暂停了此页面。", "The server paused this page.");
    public static readonly LocalizedText ResumeFailed = new("此页面无法继续，请重新加载。", "This page cannot continue; reload it.");
    public static readonly LocalizedText Safe = new(
        "已保存的答案不受影响；尚未保存的输入保留在此浏览器标签页中，重新连接后问卷会列出。",
        "Answers already saved are safe; input not yet saved is kept in this browser tab and the questionnaire lists it once connected again.");
    public static readonly LocalizedText Retry = new("重试", "Retry");
    public static readonly LocalizedText Resume = new("继续", "Resume");
    public static readonly LocalizedText Reload = new("重新加载", "Reload");
}
