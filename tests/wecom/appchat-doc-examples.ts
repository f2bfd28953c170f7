/*
 * Request bodies from WeCom's 应用推送消息 doc (appchat/send), used as fixtures:
 * https://developer.work.weixin.qq.com/document/path/90248 — 文本消息 and markdown消息 请求示例.
 * The doc writes the markdown example's content over several lines; here they are joined by \n.
 */

/** 文本消息 请求示例 (doc 90248). */
export const docTextExample = {
  chatid: 'CHATID',
  msgtype: 'text',
  text: { content: '你的快递已到\n请携带工卡前往邮件中心领取' },
  safe: 0,
};

/** markdown消息 请求示例 (doc 90248); the section lists no `safe` parameter. */
export const docMarkdownExample = {
  chatid: 'CHATID',
  msgtype: 'markdown',
  markdown: {
    content: [
      '您的会议室已经预定，稍后会同步到`邮箱`',
      '>**事项详情**',
      '>事　项：<font color="info">开会</font>',
      '>组织者：@miglioguan',
      '>参与者：@miglioguan、@kunliu、@jamdeezhou、@kanexiong、@kisonwang',
      '>',
      '>会议室：<font color="info">广州TIT 1楼 301</font>',
      '>日　期：<font color="warning">2018年5月18日</font>',
      '>时　间：<font color="comment">上午9:00-11:00</font>',
      '>',
      '>请准时参加会议。',
      '>',
      '>如需修改会议信息，请点击：[修改会议信息](https://work.weixin.qq.com)',
    ].join('\n'),
  },
};

/** 返回示例 (doc 90248). */
export const docOkAnswer = { errcode: 0, errmsg: 'ok' };
