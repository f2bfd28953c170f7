/*
 * WeCom errcodes casebot branches on. Programs must branch on errcode, never errmsg (global
 * error code page, doc 90313); meanings and classes from platforms.md §1.5 and §2.5.
 */

/** -1 系统繁忙: "建议稍候重试，建议重试次数不超过3次" (doc 90313). */
export const ERRCODE_BUSY = -1;
/** 45009 接口调用超过限制 (`api freq out of limit`), e.g. a robot's 20 msgs/min (doc 91770, 90313). */
export const ERRCODE_FREQ_LIMIT = 45009;
/** 45033 接口并发调用超过限制 — transient, short backoff (doc 90313). */
export const ERRCODE_CONCURRENCY_LIMIT = 45033;

/**
 * Access token invalid or expired: 40014 不合法的access_token, 42001 access_token已过期; the
 * official Python sample also refreshes on 42007 and 42009 (sbzhu/weworkapi_python AbstractApi.py).
 */
export const TOKEN_ERRCODES: ReadonlySet<number> = new Set([40014, 42001, 42007, 42009]);

/**
 * Permanent failures: retrying cannot help (doc 90313, platforms.md §1.5 / §2.5).
 * 93000 invalid webhook url / robot removed, 93004 robot disabled, 93008 not in the group,
 * 40008 invalid msgtype, 40058 invalid parameter, 44004 empty content, 45002 content too large,
 * 40004/40005/40006/40009 media type/size, 40007 invalid media_id, 44001 empty media,
 * 81013 all recipients invalid, 40001 invalid secret, 40013 invalid corpid, 60020 IP not trusted.
 * App group chats (appchat/send, doc 90248; meanings from doc 90313): 86001 参数 chatid 不合法
 * (appchat/send's answer to a chat id that does not exist, errmsg "chatid invalid", as reported in
 * WeCom's developer community), 86003 参数 chatid 不存在, 86008 非法操作非自己创建的群.
 */
export const PERMANENT_ERRCODES: ReadonlySet<number> = new Set([
  93000, 93004, 93008, 40008, 40058, 44004, 45002, 40004, 40005, 40006, 40009, 40007, 44001, 81013, 40001, 40013, 60020,
  86001, 86003, 86008,
]);

/**
 * WeCom's frequency windows are per minute: "超过每分钟限制… 屏蔽60s" (doc 90454) and the robot's
 * 20 messages per minute (doc 91770); so a 45009 is retried no sooner than a minute later.
 */
export const RATE_LIMIT_RETRY_MS = 60_000;
