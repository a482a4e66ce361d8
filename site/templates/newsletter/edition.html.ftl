<#ftl output_format="HTML">
<#-- The newsletter edition as HTML mail. Mail clients drop <style> blocks and external CSS, so every style
     is inline (from the map below), the layout is a 600-pixel table, and nothing depends on script or web
     fonts. mail: kiosk.newsletter.edition.EditionMail. -->
<#assign e = mail.edition>
<#assign s = {
  "body": "margin:0;padding:0;background:#f4f1ea;",
  "frame": "width:100%;max-width:600px;margin:0 auto;background:#ffffff;border-collapse:collapse;font-family:'Hiragino Sans','Hiragino Kaku Gothic ProN','Noto Sans JP',Meiryo,sans-serif;color:#1f1d1a;",
  "masthead": "padding:20px 24px;background:#1f1d1a;color:#ffffff;",
  "brand": "margin:0;font-size:22px;font-weight:bold;letter-spacing:2px;color:#ffffff;text-decoration:none;",
  "date": "margin:4px 0 0;font-size:13px;color:#e9e5da;",
  "cell": "padding:16px 24px;",
  "heading": "margin:0 0 10px;padding-bottom:6px;border-bottom:2px solid #1f1d1a;font-size:16px;",
  "title": "margin:0 0 4px;font-size:16px;line-height:1.5;",
  "link": "color:#1f1d1a;text-decoration:underline;",
  "summary": "margin:0 0 4px;font-size:14px;line-height:1.7;color:#45413a;",
  "meta": "margin:0 0 14px;font-size:12px;color:#6b665d;",
  "pr": "display:inline-block;margin-right:6px;padding:0 4px;border:1px solid #8a6d1c;font-size:11px;color:#8a6d1c;",
  "note": "padding:16px 24px;background:#faf7ef;border-left:4px solid #8a1c1c;",
  "cover": "display:block;width:180px;max-width:100%;height:auto;border:0;",
  "footer": "padding:20px 24px;background:#f4f1ea;font-size:12px;line-height:1.8;color:#6b665d;"
}>
<#macro headline story><#if story.sponsored><span style="${s.pr}">PR</span></#if><a href="${story.url}" style="${s.link}">${story.title}</a></#macro>
<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e.subject}</title>
</head>
<body style="${s.body}">
<div style="display:none;max-height:0;overflow:hidden;">${e.preheader}</div>
<table role="presentation" style="${s.frame}" cellpadding="0" cellspacing="0">
<tr><td style="${s.masthead}">
  <a href="${e.siteUrl}" style="${s.brand}">${e.site}</a>
  <p style="${s.date}">${e.name}　${e.heading}</p>
</td></tr>
<#if e.note??>
<tr><td style="${s.note}">
  <h2 style="${s.heading}">${e.note.title}</h2>
  <div style="font-size:14px;line-height:1.8;">${e.note.html?no_esc}</div>
  <#if e.note.byline??><p style="${s.meta}">${e.note.byline}</p></#if>
</td></tr>
</#if>
<#if e.issue??>
<tr><td style="${s.cell}">
  <h2 style="${s.heading}">最新号　${e.issue.title}</h2>
  <table role="presentation" cellpadding="0" cellspacing="0" style="border-collapse:collapse;"><tr>
    <#if e.issue.coverImage??><td style="padding:0 16px 0 0;vertical-align:top;width:180px;"><a href="${e.issue.url}"><img src="${e.issue.coverImage}" alt="${e.issue.title}の表紙" width="180" style="${s.cover}"></a></td></#if>
    <td style="vertical-align:top;">
      <p style="${s.title}">特集「<a href="${e.issue.url}" style="${s.link}">${e.issue.coverTitle}</a>」</p>
      <#if e.issue.summary?has_content><p style="${s.summary}">${e.issue.summary}</p></#if>
      <#if e.issue.coverStory??><p style="${s.summary}"><@headline story=e.issue.coverStory/></p></#if>
    </td>
  </tr></table>
</td></tr>
</#if>
<#list e.sections as block>
<tr><td style="${s.cell}">
  <h2 style="${s.heading}"><a href="${block.url}" style="color:#1f1d1a;text-decoration:none;">${block.name}</a></h2>
  <#list block.stories as story>
  <p style="${s.title}"><@headline story=story/></p>
  <#if story.summary?has_content><p style="${s.summary}">${story.summary}</p></#if>
  <p style="${s.meta}">${story.date}<#if story.byline?has_content>　${story.byline}</#if></p>
  </#list>
</td></tr>
</#list>
<#if e.ranking?has_content>
<tr><td style="${s.cell}">
  <h2 style="${s.heading}">今週よく読まれた記事</h2>
  <#list e.ranking as story>
  <p style="${s.title}">${story.rank}. <@headline story=story/></p>
  </#list>
</td></tr>
</#if>
<tr><td style="${s.footer}">
  このメールは${e.site}の${e.name}にご登録いただいた方にお送りしています。<br>
  <a href="${mail.topics}" style="color:#6b665d;">受け取るセクションを変更する</a>　|　<a href="${mail.unsubscribe}" style="color:#6b665d;">配信を停止する</a><br>
  <a href="${e.siteUrl}" style="color:#6b665d;">${e.site}</a>
</td></tr>
</table>
</body>
</html>
