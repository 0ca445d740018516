package io.markguard.portal.web;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.Message;

@Localized("zh-CN")
public interface PortalMessagesZh extends PortalMessages {

    @Message("Markguard 商标卫士")
    String app_name();

    @Message("针对假冒商品链接的通知与处理")
    String app_tagline();

    @Message("首页")
    String nav_home();

    @Message("登录")
    String nav_sign_in();

    @Message("退出登录")
    String nav_sign_out();

    @Message("语言")
    String language_label();

    @Message("品牌方")
    String role_brand();

    @Message("商家")
    String role_merchant();

    @Message("审核员")
    String role_reviewer();

    @Message("管理员")
    String role_admin();

    @Message("服务")
    String role_service();

    @Message("让假货远离货架")
    String home_anonymous_heading();

    @Message("品牌方证明其商标权并举报假冒商品链接；已验证且记录准确的品牌可立即下架这些链接。商家可以看到每项处罚的理由和到期时间，并可提出申诉。审核员在明确可见的期限前作出决定。")
    String home_anonymous_intro();

    @Message("使用 Markguard 单点登录")
    String home_sign_in_button();

    @Message("{name}，您好！")
    String home_greeting(String name);

    @Message("您当前的登录身份为 {username}。")
    String home_signed_in_as(String username);

    @Message("您可以在这里做什么")
    String home_capabilities_heading();

    @Message("品牌方：验证您的品牌及其商标，举报假冒商品链接，并跟进每项投诉直至作出决定。")
    String capability_brand();

    @Message("商家：查看您的店铺信誉状况、每项处罚及其理由说明和到期日期，并在申诉期内提出申诉。")
    String capability_merchant();

    @Message("审核员：按截止时间顺序处理验证、投诉和申诉队列；每项决定都附有理由。")
    String capability_reviewer();

    @Message("管理员：监控系统运行状况并调整政策。")
    String capability_admin();

    @Message("您的账户尚未获得任何 Markguard 角色，请联系管理员授予。")
    String capability_none();

    @Message("merchant-service 眼中的您")
    String peer_heading();

    @Message("门户以您本人的登录身份询问了 merchant-service，以下是它的回答。")
    String peer_explained();

    @Message("用户名")
    String peer_username();

    @Message("角色")
    String peer_roles();

    @Message("暂时无法连接 merchant-service。门户的其他功能仍可使用，请稍后再试。")
    String peer_unreachable();

    @Message("出错了")
    String error_heading();

    @Message("您无权访问此页面。")
    String error_403();

    @Message("此页面不存在。")
    String error_404();

    @Message("无法处理该请求。")
    String error_other();

    @Message("返回首页")
    String error_back();

    @Message("{brand} 的 Markguard 验证码")
    String mail_code_subject(String brand);

    @Message("""
            有人请求 Markguard 将品牌“{brand}”验证为 {right} 的权利人。
            如果这是您或您的同事发起的，请在门户中输入以下验证码：

            验证码：{code}

            有效期至 {expiry}。如果您没有预期收到此邮件，请忽略：没有验证码，任何操作都不会发生。""")
    String mail_code_body(String brand, String right, String code, String expiry);

    @Message("我的品牌")
    String nav_brands();

    @Message("验证队列")
    String nav_review();

    @Message("登记并验证您的品牌")
    String home_brands_link();

    @Message("打开验证队列")
    String home_review_link();

    @Message("您的品牌")
    String brands_heading();

    @Message("您还没有品牌。请在下方登记品牌，然后添加商标并进行验证。")
    String brands_none();

    @Message("登记品牌")
    String brands_register_heading();

    @Message("请按商标注册证上的写法填写品牌的法律实体名称。")
    String brands_register_intro();

    @Message("品牌名称")
    String field_name();

    @Message("法律实体")
    String field_legal_entity();

    @Message("国家/地区（两个字母，例如 CN）")
    String field_country();

    @Message("网站域名（例如 example.com）")
    String field_domain();

    @Message("状态")
    String field_status();

    @Message("登记品牌")
    String brands_register_button();

    @Message("知识产权")
    String brand_rights_heading();

    @Message("尚无权利：请添加该品牌所依据的注册。")
    String brand_rights_none();

    @Message("添加权利")
    String brand_add_right_heading();

    @Message("类型")
    String field_type();

    @Message("主管局")
    String field_office();

    @Message("注册号")
    String field_number();

    @Message("标志")
    String field_mark();

    @Message("尼斯分类（例如 25, 35）")
    String field_classes();

    @Message("注册簿上的权利人")
    String field_owner();

    @Message("注册日期")
    String field_registered_on();

    @Message("到期日期")
    String field_expires_on();

    @Message("添加权利")
    String brand_add_right_button();

    @Message("验证权利")
    String brand_verify_heading();

    @Message("选择要验证的权利及证明方式。向注册簿联系人发送验证码的方式最快。")
    String brand_verify_intro();

    @Message("权利")
    String field_right();

    @Message("方式")
    String field_method();

    @Message("品牌域名下的邮箱（仅用于域名邮箱方式，填写 @ 之前的部分）")
    String field_mailbox();

    @Message("开始验证")
    String brand_verify_button();

    @Message("验证案件与记录")
    String brand_cases_heading();

    @Message("尚无验证案件。")
    String brand_cases_none();

    @Message("验证案件")
    String case_heading();

    @Message("返回品牌")
    String case_back();

    @Message("验证码已发送至 {address}，有效期至 {expiry}。")
    String case_code_sent(String address, String expiry);

    @Message("邮件中的验证码")
    String field_code();

    @Message("确认验证码")
    String case_code_button();

    @Message("重新发送验证码")
    String case_resend_button();

    @Message("请发布以下 TXT 记录，然后进行检查：")
    String case_dns_intro();

    @Message("名称")
    String case_dns_name();

    @Message("值")
    String case_dns_value();

    @Message("检查 DNS 记录")
    String case_dns_button();

    @Message("文件")
    String case_documents_heading();

    @Message("无文件。")
    String case_documents_none();

    @Message("请上传注册证书；如您代表权利人办理，还需上传委托书：PDF、PNG 或 JPEG，最大 5 MB。")
    String case_upload_intro();

    @Message("文件类型")
    String field_kind();

    @Message("文件")
    String field_file();

    @Message("上传")
    String case_upload_button();

    @Message("提交审核")
    String case_submit_button();

    @Message("给审核员的说明（可选）")
    String field_note();

    @Message("审核员将在 {deadline} 前作出决定。")
    String case_deadline(String deadline);

    @Message("记录")
    String case_history_heading();

    @Message("此项权利已通过验证。")
    String case_verified();

    @Message("时间")
    String history_when();

    @Message("执行者")
    String history_who();

    @Message("操作")
    String history_what();

    @Message("理由")
    String history_why();

    @Message("验证队列")
    String review_heading();

    @Message("案件按截止时间排序（一个工作日）。认领案件后批准、驳回或要求补充证据，并始终说明理由。")
    String review_intro();

    @Message("队列为空。")
    String review_empty();

    @Message("截止时间")
    String review_deadline();

    @Message("原因")
    String review_reason();

    @Message("认领人")
    String review_claimed_by();

    @Message("打开")
    String review_open();

    @Message("验证案件 #{id}")
    String review_case_heading(long id);

    @Message("品牌")
    String review_brand();

    @Message("注册簿记录")
    String review_register();

    @Message("门户可查询的注册簿中没有此记录。")
    String review_register_none();

    @Message("认领")
    String review_claim_button();

    @Message("决定")
    String review_decide_heading();

    @Message("结果")
    String field_outcome();

    @Message("理由（品牌方可见）")
    String field_reason();

    @Message("记录决定")
    String review_decide_button();

    @Message("下载")
    String review_download();

    @Message("已保存。")
    String notice_saved();

    @Message("{#when code}{#is 'NOT_FOUND'}没有您可以查看的此品牌、权利、案件或文件。{#is 'OWNER_ONLY'}只有品牌所有者可以执行此操作。{#is 'NOT_AUTHORISED_FOR_RIGHT'}您无权就此项权利进行操作。{#is 'BRAND_SUSPENDED'}该品牌已被暂停。{#is 'REGISTRATION_NUMBER_FORMAT'}注册号不符合该局的格式（USPTO：7 位数字；EUIPO：9 位数字；CNIPA：7–8 位数字；WIPO：6–7 位数字；JPO：7 位数字；UKIPO：UK 加 11 位数字）。{#is 'OFFICE_DOES_NOT_REGISTER'}该局不注册此类权利。{#is 'NICE_CLASSES'}商标需要填写 1 至 45 之间的尼斯分类；其他权利不填写。{#is 'DATES'}日期顺序有误。{#is 'DUPLICATE_RIGHT'}该品牌已登记此注册。{#is 'RIGHT_ALREADY_VERIFIED'}此项权利已通过验证。{#is 'CASE_ALREADY_IN_REVIEW'}审核员已在处理此项权利的案件。{#is 'NOT_ON_REGISTER'}注册簿中没有此号码的有效注册，无法发送验证码；请选择其他方式。{#is 'MAILBOX'}请只填写品牌域名邮箱地址中 @ 之前的部分。{#is 'METHOD_NEEDS_MAILBOX'}域名邮箱验证需要品牌域名下的一个邮箱。{#is 'CASE_NOT_AWAITING_CODE'}此案件不在等待验证码。{#is 'CODE_WRONG'}验证码错误。{#is 'CODE_EXPIRED'}验证码已过期，请重新获取。{#is 'CODE_USED'}此验证码已被使用。{#is 'ATTEMPTS_EXHAUSTED'}错误次数过多，请重新获取验证码。{#is 'SENDS_EXHAUSTED'}此案件无法再发送验证码；请重新开始或上传文件。{#is 'CASE_NOT_AWAITING_DNS'}此案件不在等待 DNS 记录。{#is 'DNS_TOKEN_MISSING'}尚未找到包含令牌的 TXT 记录。DNS 变更可能需要一段时间生效，请稍后再试。{#is 'FILE_MISSING'}请选择要上传的文件。{#is 'FILE_TOO_LARGE'}文件超过允许的大小（5 MB）。{#is 'FILE_TYPE'}只接受 PDF、PNG 和 JPEG 文件。{#is 'DOCUMENT_KIND'}此类文件不适用于此处。{#is 'CASE_NOT_TAKING_DOCUMENTS'}此案件目前不接受文件。{#is 'CERTIFICATE_MISSING'}请先上传注册证书。{#is 'LETTER_MISSING'}授权需要上传授权书。{#is 'RIGHT_NOT_OF_BRAND'}所有权利都必须属于该品牌。{#is 'VALID_UNTIL_PAST'}授权的截止时间必须在未来。{#is 'AGENT_IS_OWNER'}所有者不能成为自己品牌的代理人。{#is 'CASE_NOT_IN_REVIEW'}此案件不在审核中。{#is 'CLAIMED_BY_OTHER'}另一位审核员已认领此案件。{#is 'NOT_CLAIMED'}请先认领案件再作出决定。{#is 'CASE_NOT_AWAITING_EVIDENCE'}此案件不在等待补充证据。{#is 'INVALID'}部分字段缺失或无效：{field}。{#else}无法处理该请求。{/when}")
    String refusal(String code, String field);

    @Message("{#when status}{#is 'UNVERIFIED'}未验证{#is 'PENDING'}验证中{#is 'VERIFIED'}已验证{#is 'REJECTED'}已驳回{#is 'SUSPENDED'}已暂停{#is 'AWAITING_CODE'}等待验证码{#is 'AWAITING_DNS'}等待 DNS 记录{#is 'AWAITING_DOCUMENTS'}等待上传文件{#is 'IN_REVIEW'}审核中{#is 'MORE_EVIDENCE'}需补充证据{#is 'WITHDRAWN'}已撤回{#else}{status}{/when}")
    String status(String status);

    @Message("{#when method}{#is 'REGISTER_CODE'}向注册簿上的联系人邮箱发送验证码{#is 'DOMAIN_EMAIL'}向品牌域名下的邮箱发送验证码{#is 'DOMAIN_DNS'}在品牌域名上添加 DNS TXT 记录{#is 'DOCUMENTS'}由审核员审查文件{#else}{method}{/when}")
    String method(String method);

    @Message("{#when reason}{#is 'DOCUMENTS'}需审查文件{#is 'OWNER_MISMATCH'}注册簿上的权利人与品牌法律实体不一致{#is 'CONFLICT'}另一品牌主张同一注册{#else}{/when}")
    String review_reason_of(String reason);

    @Message("{#when type}{#is 'TRADEMARK'}商标{#is 'COPYRIGHT'}版权{#is 'DESIGN'}外观设计{#is 'PATENT'}专利{#else}{type}{/when}")
    String right_type(String type);

    @Message("{#when kind}{#is 'CERTIFICATE'}注册证书{#is 'POWER_OF_ATTORNEY'}委托书{#is 'AUTHORISATION_LETTER'}授权书{#else}{kind}{/when}")
    String document_kind(String kind);

    @Message("{#when action}{#is 'OPENED'}案件已创建{#is 'WITHDRAWN'}已撤回{#is 'CODE_SENT'}验证码已发送{#is 'CODE_WRONG'}输入了错误的验证码{#is 'CODE_ACCEPTED'}验证码正确{#is 'DNS_TOKEN_FOUND'}已找到 DNS 记录{#is 'DOCUMENT_UPLOADED'}文件已上传{#is 'SUBMITTED'}已提交审核{#is 'TO_REVIEW'}已转交审核员{#is 'CLAIMED'}审核员已认领{#is 'APPROVE'}已批准{#is 'REJECT'}已驳回{#is 'MORE_EVIDENCE'}要求补充证据{#is 'VERIFIED'}已验证{#else}{action}{/when}")
    String action(String action);

    @Message("{#when outcome}{#is 'APPROVE'}批准{#is 'REJECT'}驳回{#is 'MORE_EVIDENCE'}要求补充证据{#else}{outcome}{/when}")
    String outcome(String outcome);

    @Message("代理人")
    String brand_agents_heading();

    @Message("目前没有代理人代表该品牌。")
    String brand_agents_none();

    @Message("代理人的用户 ID（见其 Markguard 账户）")
    String field_agent_subject();

    @Message("代理人可代为处理的权利")
    String field_agent_rights();

    @Message("有效期至（含当日）")
    String field_valid_until();

    @Message("授权书（PDF、PNG 或 JPEG，最大 5 MB）")
    String field_letter();

    @Message("授权代理人")
    String brand_agents_button();

    @Message("已过期")
    String agents_expired();

    @Message("您的用户 ID（品牌所有者授权您为代理人时需要）：{id}")
    String home_user_id(String id);

    @Message("商家页面")
    String merchant_nav_label();

    @Message("我的店铺状态")
    String merchant_nav_standing();

    @Message("我的申诉")
    String merchant_nav_appeals();

    @Message("经营者身份信息")
    String merchant_nav_identity();

    @Message("查看我的店铺状态、处罚与申诉")
    String home_merchant_link();

    @Message("打开申诉队列")
    String home_appeals_link();

    @Message("截至 {asOf}")
    String merchant_as_of(String asOf);

    @Message("等级")
    String merchant_level();

    @Message("有效扣分")
    String merchant_points();

    @Message("可否上架")
    String merchant_may_list();

    @Message("{#if value}可以{#else}不可以{/if}")
    String merchant_yes_no(boolean value);

    @Message("新上架商品须经审核员放行")
    String merchant_listings_held();

    @Message("上架受限至 {until}")
    String merchant_blocked_until(String until);

    @Message("处罚阶梯的下一级")
    String merchant_next_step();

    @Message("有效扣分达到 {atPoints} 分时（还差 {pointsToGo} 分）")
    String merchant_points_to_go(int atPoints, int pointsToGo);

    @Message("无：已是最后一级。")
    String merchant_no_next_step();

    @Message("处罚政策版本")
    String merchant_policy();

    @Message("{#when measure}{#is 'GOOD_STANDING'}状态良好{#is 'LISTING_REMOVED'}商品链接已下架{#is 'WARNING'}警告{#is 'RESTRICTED'}受限：新商品须审核{#is 'SUSPENDED_7D'}暂停经营 7 天{#is 'SUSPENDED_14D'}暂停经营 14 天{#is 'TERMINATED'}账户已终止{#else}{measure}{/when}")
    String merchant_measure(String measure);

    @Message("{#when status}{#is 'ACTIVE'}生效中{#is 'EXPIRED'}已到期{#is 'REVERSED'}已撤销{#else}{status}{/when}")
    String merchant_sanction_status(String status);

    @Message("{#when status}{#is 'ACTIVE'}在售{#is 'REMOVED'}已下架{#is 'RESTORED'}已恢复{#is 'HELD'}待审核{#else}{status}{/when}")
    String merchant_listing_status(String status);

    @Message("{#when kind}{#is in 'DAYS' 'DAY'}{amount} 天后到期{#is in 'HOURS' 'HOUR'}{amount} 小时后到期{#is 'PAST'}已到期{#else}不会到期{/when}")
    String merchant_expiry(String kind, long amount);

    @Message("{#when kind}{#is in 'DAYS' 'DAY'}剩余 {amount} 天{#is in 'HOURS' 'HOUR'}剩余 {amount} 小时{#is 'PAST'}已过期限{#else}无期限{/when}")
    String merchant_left(String kind, long amount);

    @Message("生效中的处罚")
    String merchant_active_heading();

    @Message("目前没有生效中的处罚。")
    String merchant_no_active();

    @Message("全部处罚")
    String merchant_history_heading();

    @Message("您从未受到处罚。")
    String merchant_no_sanctions();

    @Message("措施")
    String merchant_col_measure();

    @Message("商品链接")
    String merchant_col_listing();

    @Message("品牌")
    String merchant_col_brand();

    @Message("决定时间")
    String merchant_col_decided();

    @Message("到期")
    String merchant_col_expires();

    @Message("申诉")
    String merchant_col_appeal();

    @Message("理由说明")
    String merchant_col_reasons();

    @Message("状态")
    String merchant_col_status();

    @Message("提交时间")
    String merchant_col_filed();

    @Message("查看理由")
    String merchant_reasons_link();

    @Message("查看申诉")
    String merchant_appeal_open_link();

    @Message("可在 {deadline} 前申诉")
    String merchant_appeal_until(String deadline);

    @Message("申诉期限已过")
    String merchant_appeal_closed();

    @Message("处罚 {id}")
    String merchant_sanction_heading(long id);

    @Message("理由说明")
    String merchant_sor_heading();

    @Message("决定内容")
    String merchant_sor_decision();

    @Message("决定日期")
    String merchant_sor_taken_at();

    @Message("无结束日期")
    String merchant_no_end();

    @Message("事实与情况")
    String merchant_sor_facts();

    @Message("依据")
    String merchant_sor_ground();

    @Message("{#when type}{#is 'ILLEGAL_CONTENT'}违法内容：侵犯知识产权{#is 'TERMS_AND_CONDITIONS'}违反平台条款{#else}{type}{/when}")
    String merchant_ground_type(String type);

    @Message("知识产权")
    String merchant_sor_ip_right();

    @Message("侵权类型")
    String merchant_sor_infringement();

    @Message("{#when type}{#is 'COUNTERFEIT'}假冒{#is 'TRADEMARK_MISUSE'}商标滥用{#is 'COPYRIGHT'}著作权{#is 'DESIGN'}外观设计{#is 'PATENT'}专利{#else}{type}{/when}")
    String merchant_infringement(String type);

    @Message("政策条款")
    String merchant_sor_policy();

    @Message("处罚政策 {version}，第 {clause} 条")
    String merchant_policy_clause(String version, String clause);

    @Message("自动化手段")
    String merchant_sor_automation();

    @Message("{#if value}由自动化手段发现。{#else}由他人投诉发现，未使用自动化手段。{/if}")
    String merchant_automated_detection(boolean value);

    @Message("{#if value}由自动化手段决定。{#else}由人工决定。{/if}")
    String merchant_automated_decision(boolean value);

    @Message("处理渠道")
    String merchant_sor_channel();

    @Message("{#when channel}{#is 'FAST_TRACK'}快速通道：记录准确的已验证品牌{#is 'STANDARD'}审核员标准审核{#else}{channel}{/when}")
    String merchant_channel(String channel);

    @Message("投诉方")
    String merchant_sor_complainant();

    @Message("救济途径")
    String merchant_sor_redress();

    @Message("您可在 {deadline} 前在本页申诉：说明决定为何有误，并附上发票或授权书等证据。审核员将作出决定并说明理由。")
    String merchant_redress_appeal(String deadline);

    @Message("平台内申诉的期限为 {deadline}。")
    String merchant_redress_closed(String deadline);

    @Message("您也可以向经认证的庭外争议解决机构（《数字服务法》第 21 条）或法院寻求救济。")
    String merchant_redress_out_of_court();

    @Message("欧盟透明度数据库编号")
    String merchant_sor_puid();

    @Message("对此处罚提出申诉")
    String merchant_appeal_form_heading();

    @Message("您可在 {deadline} 前申诉。投诉品牌会收到通知并可答复；所有期限都显示在申诉页面上。")
    String merchant_appeal_form_explained(String deadline);

    @Message("决定为何有误（最多 5000 字）")
    String merchant_appeal_explanation();

    @Message("证据：发票、授权书（最多 5 个文件；PDF、PNG 或 JPEG；每个最大 5 MB）")
    String merchant_appeal_evidence();

    @Message("提交申诉")
    String merchant_appeal_submit();

    @Message("针对此处罚的申诉正在处理中：")
    String merchant_appeal_already_open();

    @Message("此处罚已无法在此申诉。")
    String merchant_appeal_not_possible();

    @Message("您尚未对任何处罚提出申诉。")
    String merchant_no_appeals();

    @Message("申诉 {id}")
    String merchant_appeal_heading(long id);

    @Message("{#when status}{#is 'OPEN'}处理中：等待决定{#is 'UPHELD'}申诉成立：处罚已撤销{#is 'DENIED'}申诉驳回：处罚维持{#else}{status}{/when}")
    String merchant_appeal_status(String status);

    @Message("品牌可答复至")
    String merchant_brand_deadline();

    @Message("决定期限")
    String merchant_decision_deadline();

    @Message("您的说明")
    String merchant_appeal_explanation_label();

    @Message("品牌的答复")
    String merchant_brand_answer();

    @Message("品牌尚未答复。")
    String merchant_brand_no_answer();

    @Message("决定时间")
    String merchant_decided();

    @Message("决定理由")
    String merchant_decision_reason();

    @Message("证据")
    String merchant_evidence_heading();

    @Message("未附证据。")
    String merchant_no_evidence();

    @Message("处罚及其理由说明")
    String merchant_appeal_sanction_link();

    @Message("经营者身份信息（欧盟《数字服务法》第 30 条）")
    String merchant_identity_heading();

    @Message("平台必须了解在其上经营的商家。买家和主管机关可能会看到这些信息；留空的字段视为缺失。")
    String merchant_identity_explained();

    @Message("完整度 {percent}%（{required} 项中已填 {filled} 项）")
    String merchant_completeness(int percent, int filled, int required);

    @Message("缺失：")
    String merchant_missing();

    @Message("最后更新于 {at}")
    String merchant_updated_at(String at);

    @Message("{#when field}{#is 'legalName'}法定名称{#is 'address'}地址{#is 'phone'}电话{#is 'email'}电子邮箱{#is 'identityDocumentRef'}身份证件编号{#is 'tradeRegisterNumber'}商业登记号{#is 'selfCertified'}自我认证{#else}{field}{/when}")
    String merchant_identity_field(String field);

    @Message("我承诺只提供符合欧盟法律的商品和服务。")
    String merchant_self_certify();

    @Message("认证于 {at}")
    String merchant_self_certified_at(String at);

    @Message("保存经营者身份信息")
    String merchant_identity_save();

    @Message("{#when code}{#is 'INVALID'}有字段缺失或无效：{field}。{#is 'CONFLICT'}按当前状态被拒绝：申诉期限已过、已有处理中的申诉、处罚已撤销，或申诉已有不同决定。未作任何更改。{#is 'TOO_LARGE'}证据过大或文件过多（最多 5 个文件，每个 5 MB）。未提交任何内容。{#is 'FILE_TYPE'}证据只接受 PDF、PNG 和 JPEG 文件。未提交任何内容。{#else}无法处理该请求。{/when}")
    String merchant_refusal(String code, String field);

    @Message("暂时无法连接 {peer}")
    String peer_unavailable_heading(String peer);

    @Message("申诉队列")
    String appeals_queue_heading();

    @Message("针对处罚的待处理申诉，决定期限最近的排在最前。")
    String appeals_queue_explained();

    @Message("没有待处理的申诉。")
    String appeals_queue_none();

    @Message("商家")
    String appeals_col_merchant();

    @Message("决定")
    String appeals_decide_heading();

    @Message("结果")
    String appeals_outcome();

    @Message("{#when outcome}{#is 'UPHELD'}申诉成立：撤销处罚、恢复商品链接并清除扣分{#is 'DENIED'}驳回申诉：维持处罚{#else}{outcome}{/when}")
    String appeals_outcome_of(String outcome);

    @Message("理由（商家可见）")
    String appeals_reason();

    @Message("记录决定")
    String appeals_decide_button();

    @Message("此表单已失效")
    String form_expired_heading();

    @Message("该表单提交时没有有效的安全令牌：它是在之前的登录中、浏览器重新启动之前或在其他网站上打开的。未保存或更改任何内容。请返回并刷新页面，然后重新提交表单。")
    String form_expired_explained();

    @Message("返回该页面")
    String form_expired_back();

    @Message("请求不完整或格式有误，未作任何更改。")
    String error_400();

    @Message("以下字段缺失或无效：{#each fields}{#when it}{#is 'name'}品牌名称{#is 'legalEntity'}法律实体{#is 'country'}国家/地区{#is 'websiteDomain'}网站域名{#is 'type'}类型{#is 'office'}主管局{#is 'registrationNumber'}注册号{#is 'mark'}标志{#is 'niceClasses'}尼斯分类{#is 'ownerName'}注册簿上的权利人{#is 'registeredOn'}注册日期{#is 'expiresOn'}到期日期{#is 'rightId'}权利{#is 'rightIds'}代理人可代为处理的权利{#is 'agentSubject'}代理人的用户 ID{#is 'validUntil'}有效期至{#is 'letter'}授权书{#is 'method'}方式{#is 'mailbox'}邮箱{#is 'code'}邮件中的验证码{#is 'kind'}文件类型{#is 'file'}文件{#is 'note'}说明{#is 'outcome'}结果{#is 'reason'}理由{#is 'reasonCode'}理由代码{#is 'body'}留言{#is 'explanation'}说明{#is 'evidence'}证据{#is 'infringementType'}侵权类型{#is 'listings'}商品链接{#is 'evidence.urls'}证据链接{#is 'evidence.testPurchaseOrders'}测试购买订单号{#is 'goodFaith'}善意声明{#is 'accurate'}准确性声明{#is 'language'}语言{#is 'legalName'}法定名称{#is 'address'}地址{#is 'phone'}电话{#is 'email'}电子邮箱{#is 'identityDocumentRef'}身份证件编号{#is 'tradeRegisterNumber'}商业登记号{#is 'selfCertified'}自我认证{#else}{it}{/when}{#if it_hasNext}、{/if}{/each}。未保存或发送任何内容。")
    String fields_invalid(java.util.List<String> fields);
}
