package io.markguard.portal.web;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.Message;

/** The transparency page's strings in Simplified Chinese. */
@Localized("zh-CN")
public interface TransparencyMessagesZh extends TransparencyMessages {

    @Message("透明度报告")
    String heading();

    @Message("{brand} 的透明度报告")
    String brand_heading(String brand);

    @Message("假冒及侵权商品链接通知的处理速度、决定结果以及决定被推翻的频率，数据实时取自平台记录（欧盟《数字服务法》第 15 条和第 24 条）。")
    String intro();

    @Message("相同指标，仅统计您品牌自己的投诉。")
    String brand_intro();

    @Message("开始日期")
    String from();

    @Message("结束日期")
    String to();

    @Message("查看")
    String show();

    @Message("无法识别所选时间段（日期格式应为 YYYY-MM-DD，且开始日期不得晚于结束日期）；现显示最近 30 天的数据。")
    String period_error();

    @Message("{from} 至 {to}（UTC）提交的通知")
    String period(String from, String to);

    @Message("下载 CSV")
    String download_csv();

    @Message("下载 JSON")
    String download_json();

    @Message("处理用时")
    String times_heading();

    @Message("处理渠道")
    String col_channel();

    @Message("已处理")
    String col_actioned();

    @Message("中位数（小时）")
    String col_median();

    @Message("第 95 百分位（小时）")
    String col_p95();

    @Message("24 小时内处理")
    String col_within();

    @Message("超过 24 小时未处理")
    String col_open_past_day();

    @Message("各处理渠道处理用时的中位数和第 95 百分位（小时）")
    String times_chart();

    @Message("中位数")
    String median();

    @Message("第 95 百分位")
    String p95();

    @Message("按侵权类型统计")
    String types_heading();

    @Message("各侵权类型被举报及投诉成立的商品链接数")
    String types_chart();

    @Message("按知识产权主管局统计")
    String offices_heading();

    @Message("类别")
    String col_key();

    @Message("商品链接")
    String col_items();

    @Message("成立")
    String col_accepted();

    @Message("驳回")
    String col_rejected();

    @Message("待审核")
    String col_pending();

    @Message("撤回")
    String col_retracted();

    @Message("经申诉撤销")
    String col_reversed();

    @Message("处理结果")
    String outcomes_heading();

    @Message("各处理结果的商品链接数")
    String outcomes_chart();

    @Message("总数与指标")
    String totals_heading();

    @Message("通知")
    String notices();

    @Message("被举报的商品链接（不含重复）")
    String items();

    @Message("下架")
    String takedowns();

    @Message("品牌方撤回的下架")
    String retracted();

    @Message("经申诉撤销的下架")
    String reversed();

    @Message("当前适用快速通道的品牌")
    String fast_track_brands();

    @Message("滥用警告（《数字服务法》第 23 条）")
    String misuse_warnings();

    @Message("暂停提交投诉（《数字服务法》第 23 条）")
    String filing_suspensions();

    @Message("计算方法")
    String method_heading();

    @Message("处理用时自提交通知起算，至商品链接下架为止；未下架的，至作出决定为止。中位数和第 95 百分位按已处理的商品链接计算。24 小时内处理的比例 = 24 小时内处理的商品链接数 ÷（已处理的商品链接数 + 超过 24 小时仍未处理的商品链接数）。重复投诉仅计入处理结果。经申诉撤销和撤回的比例均以下架数为基数。适用快速通道的品牌数按当前状态统计。")
    String method();

    @Message("数据截至 {at}。")
    String generated(String at);

    @Message("透明度报告")
    String nav();

    @Message("申诉与商家")
    String merchants_heading();

    @Message("针对处罚提起的申诉")
    String appeals_filed();

    @Message("仍在处理中")
    String appeals_open();

    @Message("申诉成立（处罚已撤销）")
    String appeals_upheld();

    @Message("申诉被驳回")
    String appeals_denied();

    @Message("已决定申诉中成立的比例")
    String appeals_upheld_share();

    @Message("申诉决定用时中位数（小时）")
    String appeals_median();

    @Message("记录的违规")
    String violations();

    @Message("重复侵权商家（来自 {brands} 个或以上品牌的违规）")
    String repeat_infringers(int brands);

    @Message("违规超过一次的商家")
    String several_violations();

    @Message("按措施统计的处罚")
    String sanctions_heading();

    @Message("{#when measure}{#is 'LISTING_REMOVED'}商品链接下架{#is 'WARNING'}警告{#is 'RESTRICTED'}限制：新商品链接暂缓上架{#is 'SUSPENDED_7D'}暂停 7 天{#is 'SUSPENDED_14D'}暂停 14 天{#is 'TERMINATED'}终止账户{#else}{measure}{/when}")
    String measure(String measure);

    @Message("品牌验证")
    String verifications_heading();

    @Message("验证方式")
    String col_method();

    @Message("已发起")
    String col_opened();

    @Message("已验证")
    String col_verified();

    @Message("已撤回")
    String col_withdrawn();

    @Message("{year} 年透明度报告")
    String report_heading(int year);

    @Message("平台自 {from} 至 {to}（UTC）的数据，按欧盟《数字服务法》第 15 条第 1 款和第 24 条第 1 款的报告义务编排。")
    String report_intro(String from, String to);

    @Message("无法提供该年份的报告；现显示本年度。")
    String report_year_error();

    @Message("年度报告")
    String report_link();

    @Message("第 15 条第 1 款 (b) 项：依第 16 条提交的通知及所采取的措施")
    String art_15_1_b();

    @Message("已下架或投诉成立的商品链接")
    String r_accepted();

    @Message("未采取措施（已驳回）的商品链接")
    String r_rejected();

    @Message("以自动化方式处理（快速通道）的商品链接")
    String r_automated();

    @Message("第 15 条第 1 款 (c) 项：平台主动进行的内容审核")
    String art_15_1_c();

    @Message("每一次下架均源于通知；随后由处罚阶梯依平台规则对商家采取措施。按措施统计的处罚：")
    String art_15_1_c_text();

    @Message("第 15 条第 1 款 (d) 项：通过内部投诉处理系统提出的申诉（第 20 条）")
    String art_15_1_d();

    @Message("第 15 条第 1 款 (e) 项：自动化手段的使用")
    String art_15_1_e();

    @Message("{count} 个商品链接经快速通道以自动化方式下架，适用于 90 天内准确率达到公布标准的品牌（目前有 {brands} 个品牌使用快速通道）；其中一部分由审核员抽查，且每次下架均可申诉。")
    String art_15_1_e_text(long count, long brands);

    @Message("第 24 条第 1 款：争议与暂停")
    String art_24_1();

    @Message("提交庭外争议解决机构的争议（第 21 条）")
    String art_24_1_a();

    @Message("平台未记录")
    String not_recorded();

    @Message("因明显缺乏依据的通知而被暂停的投诉方（第 23 条）")
    String art_24_1_b_complainants();

    @Message("被暂停或终止的商家（第 23 条）")
    String art_24_1_b_merchants();
}
