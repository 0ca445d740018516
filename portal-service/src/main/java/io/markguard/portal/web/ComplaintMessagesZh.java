package io.markguard.portal.web;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.Message;

/** The complaint pages' strings in Simplified Chinese. */
@Localized("zh-CN")
public interface ComplaintMessagesZh extends ComplaintMessages {

    @Message("投诉")
    String hub_heading();

    @Message("选择一个品牌，即可提交投诉、跟进其投诉或查看其信任分。")
    String hub_intro();

    @Message("您还不是任何品牌的成员。")
    String hub_none();

    @Message("投诉")
    String link_list();

    @Message("提交投诉")
    String link_file();

    @Message("批量上传")
    String link_bulk();

    @Message("信任分")
    String link_trust();

    @Message("{brand} 的投诉")
    String list_heading(String brand);

    @Message("该品牌尚未提交任何投诉。")
    String list_none();

    @Message("投诉")
    String col_complaint();

    @Message("提交时间")
    String col_filed();

    @Message("侵权类型")
    String col_type();

    @Message("处理渠道")
    String col_channel();

    @Message("商品链接")
    String col_items();

    @Message("待审核")
    String col_pending();

    @Message("成立")
    String col_accepted();

    @Message("最近截止时间")
    String col_next_deadline();

    @Message("商品链接")
    String col_listing();

    @Message("商家")
    String col_seller();

    @Message("状态")
    String col_status();

    @Message("审核截止时间")
    String col_deadline();

    @Message("平台上的状态")
    String col_marketplace();

    @Message("{#when type}{#is 'COUNTERFEIT'}假冒{#is 'TRADEMARK_MISUSE'}商标滥用{#is 'COPYRIGHT'}著作权{#is 'DESIGN'}外观设计{#is 'PATENT'}专利{#else}{type}{/when}")
    String infringement(String type);

    @Message("{#when channel}{#is 'FAST_TRACK'}快速通道{#is 'STANDARD'}审核队列{#else}{channel}{/when}")
    String channel(String channel);

    @Message("{#when status}{#is 'PENDING'}待审核{#is 'ACCEPTED'}投诉成立{#is 'REJECTED'}已驳回{#is 'DUPLICATE'}重复投诉{#is 'RETRACTED'}已撤回{#is 'REVERSED_ON_APPEAL'}经申诉撤销{#else}{status}{/when}")
    String item_status(String status);

    @Message("剩余 {hours} 小时 {minutes} 分钟")
    String deadline_left(long hours, long minutes);

    @Message("剩余 %h 小时 %m 分钟")
    String countdown_format();

    @Message("已过期限")
    String deadline_past();

    @Message("逾期决定")
    String decided_late();

    @Message("商品链接已下架")
    String listing_removed();

    @Message("正在下架")
    String removal_under_way();

    @Message("商品链接已恢复")
    String listing_restored();

    @Message("未下架")
    String listing_not_removed();

    @Message("为 {brand} 提交投诉")
    String file_heading(String brand);

    @Message("通知须写明所依据的权利、涉及的商品链接、构成侵权的理由及证据，并须出于善意提交。记录准确的已验证品牌适用快速通道：其举报的商品链接将立即下架。其他通知均由审核员在所示截止时间前作出决定。")
    String file_intro();

    @Message("查找商品链接")
    String search_heading();

    @Message("商品链接标题、标称品牌或链接地址中的关键词")
    String search_label();

    @Message("搜索")
    String search_button();

    @Message("没有与“{query}”匹配的可见商品链接。")
    String search_none(String query);

    @Message("请勾选要举报的商品链接。")
    String search_pick();

    @Message("所依据的知识产权")
    String field_right();

    @Message("该品牌尚无已验证的权利：请先在品牌页面验证一项权利，再提交投诉。")
    String no_verified_rights();

    @Message("其他商品链接（ID 或地址，每行一个）")
    String field_other_listings();

    @Message("说明")
    String field_explanation();

    @Message("说明这些商品链接为何构成侵权：20 至 2000 个字符。")
    String explanation_hint();

    @Message("证据链接（每行一个，最多 20 个）")
    String field_evidence_urls();

    @Message("测试购买订单号（每行一个，最多 20 个）")
    String field_test_purchases();

    @Message("本人善意声明：上述商品链接使用该权利，未获得权利人、其代理人或法律的授权。")
    String declare_good_faith();

    @Message("本通知中的信息准确、完整，且本人有权代表权利人行事。")
    String declare_accurate();

    @Message("提交投诉")
    String file_button();

    @Message("{#when code}{#is 'INVALID'}部分字段缺失或无效：{field}。未提交或更改任何内容。{#is 'FORBIDDEN'}complaint-service 不允许此操作。未提交任何内容。{#is 'CONFLICT'}按当前状态被拒绝：该项已有决定、已撤回，或已被其他审核员认领。未作任何更改。{#is 'TOO_LARGE'}文件过大或行数过多（最多 20,000 行）。未提交任何内容。{#is 'FILE_TYPE'}请上传含 listing 列的 CSV 文件，或一个 JSON 数组。未提交任何内容。{#else}无法处理该请求。{/when}")
    String refusal(String code, String field);

    @Message("complaint-service 给出的原因：{detail}")
    String refusal_detail(String detail);

    @Message("{#when notice}{#is 'retracted'}该项已撤回：已下架的商品链接将恢复，相应处罚将撤销。{#is 'decided'}您的决定已记录。{#else}已保存。{/when}")
    String notice(String notice);

    @Message("投诉 {id}")
    String detail_heading(long id);

    @Message("品牌")
    String field_brand();

    @Message("提交人")
    String field_submitter();

    @Message("证据")
    String evidence_heading();

    @Message("涉及的商品链接")
    String items_heading();

    @Message("下架进行期间，本页面会自动刷新。")
    String live_note();

    @Message("打开")
    String open_item();

    @Message("投诉项 {id}")
    String item_heading(long id);

    @Message("返回")
    String back();

    @Message("决定时间")
    String field_decided();

    @Message("理由")
    String field_reason();

    @Message("提交时的快照（SHA-256）")
    String field_snapshot();

    @Message("品牌方与商家的留言")
    String messages_heading();

    @Message("暂无留言。")
    String messages_none();

    @Message("留言")
    String message_label();

    @Message("发送")
    String message_send();

    @Message("{#when side}{#is 'BRAND'}品牌方{#is 'MERCHANT'}商家{#else}{side}{/when}")
    String side(String side);

    @Message("撤回")
    String retract_heading();

    @Message("撤回此项：已下架的商品链接将恢复，商家的处罚将撤销。")
    String retract_intro();

    @Message("撤回此项")
    String retract_button();

    @Message("投诉队列")
    String queue_heading();

    @Message("待处理的投诉项和快速通道抽查，截止时间最近的排在最前。")
    String queue_intro();

    @Message("暂无待处理事项。")
    String queue_none();

    @Message("待处理 {open} 项，其中 {openPast} 项已过期限；已决定 {decided} 项，其中 {late} 项逾期。")
    String breaches(int open, int openPast, int decided, int late);

    @Message("抽查")
    String spot_check();

    @Message("认领")
    String claim_button();

    @Message("已由 {who} 认领")
    String claimed_by(String who);

    @Message("决定")
    String decide_heading();

    @Message("{#when outcome}{#is 'ACCEPT'}投诉成立：下架商品链接{#is 'REJECT'}驳回投诉{#else}{outcome}{/when}")
    String outcome(String outcome);

    @Message("理由代码")
    String reason_code_label();

    @Message("{#when code}{#is 'COUNTERFEIT_CONFIRMED'}确认为假冒{#is 'TRADEMARK_MISUSE_CONFIRMED'}确认存在商标滥用{#is 'RIGHT_INFRINGED'}构成侵权{#is 'INSUFFICIENT_EVIDENCE'}证据不足{#is 'RIGHT_NOT_INFRINGED'}不构成侵权{#is 'LISTING_NOT_AS_DESCRIBED'}商品链接与描述不符{#is 'AUTHORISED_RESELLER'}授权经销商{#is 'MANIFESTLY_UNFOUNDED'}明显缺乏依据{#else}{code}{/when}")
    String reason_code(String code);

    @Message("记录决定")
    String decide_button();

    @Message("为 {brand} 批量上传")
    String bulk_heading(String brand);

    @Message("上传一个含 listing 列（填写 ID 或地址，其他列将被忽略）的 CSV 文件，或一个 JSON 数组，最多 20,000 行，全部归入同一份通知。每一行都会被提交、标记为重复，或被拒绝并在报告中注明原因。")
    String bulk_intro();

    @Message("文件（CSV 或 JSON）")
    String field_file();

    @Message("上传")
    String bulk_button();

    @Message("批量上传 {id}")
    String job_heading(long id);

    @Message("{#when state}{#is 'QUEUED'}等待开始{#is 'RUNNING'}进行中{#is 'DONE'}已完成{#is 'FAILED'}失败{#else}{state}{/when}")
    String job_state(String state);

    @Message("已处理 {processed} / {total} 行（{percent}%）")
    String job_progress(int processed, int total, int percent);

    @Message("已提交 {filed} 行，重复 {duplicates} 行，被拒绝 {refused} 行")
    String job_counts(int filed, int duplicates, int refused);

    @Message("未提交的行")
    String job_report_heading();

    @Message("所有行均已提交。")
    String job_report_none();

    @Message("下载报告（CSV）")
    String job_report_csv();

    @Message("打开投诉")
    String job_complaint_link();

    @Message("行")
    String col_row();

    @Message("结果")
    String col_outcome();

    @Message("字段")
    String col_field();

    @Message("原因")
    String col_why();

    @Message("{#when outcome}{#is 'REFUSED'}被拒绝{#is 'DUPLICATE'}重复{#is 'PENDING'}未处理{#else}{outcome}{/when}")
    String report_outcome(String outcome);

    @Message("{brand} 的信任分")
    String trust_heading(String brand);

    @Message("评分计算方式")
    String trust_formula_heading();

    @Message("成立率 = 最近 {days} 天内投诉成立的项数 ÷ 已决定的项数；撤销率 = 经申诉撤销或被撤回的下架数 ÷ 下架总数。快速通道要求成立率不低于 {minAccepted}、撤销率不高于 {maxReversed}，且已决定项数不少于 {minDecided}。低于标准将被取消快速通道资格 {lockoutDays} 天。快速通道中有 {spotCheck} 的投诉项由审核员抽查。")
    String trust_formula(long days, String minAccepted, String maxReversed, int minDecided, long lockoutDays, String spotCheck);

    @Message("政策版本 {version}")
    String trust_policy_version(String version);

    @Message("自 {start} 以来的数据")
    String trust_figures_heading(String start);

    @Message("{#when type}{#is 'ALL'}全部类型{#else}{type}{/when}")
    String figures_type(String type);

    @Message("已决定")
    String col_decided();

    @Message("驳回")
    String col_rejected();

    @Message("下架")
    String col_takedowns();

    @Message("经申诉撤销")
    String col_reversed_on_appeal();

    @Message("撤回")
    String col_retracted();

    @Message("成立率")
    String col_accepted_share();

    @Message("撤销率")
    String col_reversed_share();

    @Message("该品牌达到标准。")
    String meets_bar();

    @Message("该品牌未达到标准。")
    String below_bar();

    @Message("快速通道：自 {since} 起开通，商品链接立即下架。")
    String fast_track_on(String since);

    @Message("快速通道：未开通，投诉进入审核队列。")
    String fast_track_off();

    @Message("已于 {at} 取消；锁定至 {until}。")
    String fast_track_locked(String at, String until);

    @Message("滥用投诉（DSA Art. 23）")
    String misuse_heading();

    @Message("最近 {days} 天内，由审核员决定的 {decided} 项中有 {unfounded} 项明显缺乏依据（{share}）。若已决定项数不少于 {minDecided} 且比例达到 {bar} 或以上，该品牌将收到警告；警告期间再出现此类投诉项，将被暂停提交投诉 {suspensionDays} 天。")
    String misuse_text(long days, long unfounded, long decided, String share, int minDecided, String bar, long suspensionDays);

    @Message("已于 {at} 警告。")
    String misuse_warned(String at);

    @Message("暂停提交投诉至 {until}。")
    String misuse_suspended(String until);

    @Message("针对您商品链接的投诉")
    String mine_heading();

    @Message("品牌方针对您的商品链接提交的每项投诉，附审核截止时间及与品牌方的留言。处罚及其理由说明见您的店铺状态页面。")
    String mine_intro();

    @Message("暂无针对您商品链接的投诉。")
    String mine_none();

    @Message("针对我商品链接的投诉")
    String merchant_nav();

    @Message("投诉")
    String home_complaints_link();

    @Message("投诉队列")
    String home_complaint_queue_link();
}
