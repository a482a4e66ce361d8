<#ftl output_format="HTML">
<#-- The answer to a signup of an address that is subscribed already: nothing changed; how to change topics
     or leave. mail: kiosk.newsletter.signup.AlreadySubscribedMail. -->
<!DOCTYPE html>
<html lang="ja">
<head><meta charset="utf-8"><title>${mail.name} ご登録済みです</title></head>
<body style="margin:0;padding:24px;background:#f4f1ea;font-family:'Hiragino Sans','Noto Sans JP',Meiryo,sans-serif;color:#1f1d1a;">
<table role="presentation" cellpadding="0" cellspacing="0" style="width:100%;max-width:560px;margin:0 auto;background:#ffffff;border-collapse:collapse;">
<tr><td style="padding:24px;font-size:14px;line-height:1.8;">
  <p style="margin:0 0 12px;font-size:18px;font-weight:bold;">${mail.site} ${mail.name}</p>
  <p>このメールアドレスは${mail.name}にご登録済みです。登録内容は変更していません。</p>
  <p><a href="${mail.topics}" style="color:#8a1c1c;">受け取るセクションを変更する</a></p>
  <p><a href="${mail.unsubscribe}" style="color:#8a1c1c;">配信を停止する</a></p>
  <p style="font-size:12px;color:#6b665d;">お申し込みに心当たりがない場合は、このメールを破棄してください。</p>
  <p style="font-size:12px;"><a href="${mail.siteUrl}" style="color:#6b665d;">${mail.site}</a></p>
</td></tr>
</table>
</body>
</html>
