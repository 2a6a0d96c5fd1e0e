namespace XinfangBot.Telegram.Dispatching;

/// <summary>What an inline button asks for.</summary>
internal enum CallbackKind
{
    /// <summary><c>r</c>: the roadmap's domain list.</summary>
    Roadmap,

    /// <summary><c>d:&lt;index&gt;</c>: the topics of one roadmap domain.</summary>
    Domain,

    /// <summary><c>t:&lt;guide/… or faq/…&gt;</c>: a channel guide or FAQ.</summary>
    Topic,

    /// <summary><c>f:&lt;messageId&gt;:1|0</c>: 有用/没用 on a recorded answer.</summary>
    Feedback,

    /// <summary><c>q:&lt;messageId&gt;:&lt;index&gt;</c>: a follow-up question offered with a recorded answer.</summary>
    Followup,

    /// <summary><c>u:&lt;index&gt;:&lt;topic&gt;</c>: a follow-up question offered with a guide.</summary>
    GuideFollowup,

    /// <summary><c>h</c>: 转人工.</summary>
    Human,

    /// <summary><c>x:forget-confirm</c>.</summary>
    ForgetConfirm,

    /// <summary><c>x:forget-cancel</c>.</summary>
    ForgetCancel,
}
