<#ftl output_format="HTML">
<#-- The mail asking a reader to confirm a signup (double opt-in). mail: kiosk.newsletter.signup.ConfirmMail. -->
<!DOCTYPE html>
<html lang="ja">
<head><meta charset="utf-8"><title>${mail.name} 登録の確認</title></head>
<body style="margin:0;padding:24px;background:#f4f1ea;font-family:'Hiragino Sans','Noto Sans JP',Meiryo,sans-serif;color:#1f1d1a;">
<table role="presentation" cellpadding="0" cellspacing="0" style="width:100%;max-width:560px;margin:0 auto;background:#ffffff;border-collapse:collapse;">
<tr><td style="padding:24px;font-size:14px;line-height:1.8;">
  <p style="margin:0 0 12px;font-size:18px;font-weight:bold;">${mail.site} ${mail.name}</p>
  <p>${mail.name}へのご登録のお申し込みを受け付けました。下のボタンから登録を完了してください（リンクの有効期限は7日間です）。</p>
  <p style="margin:20px 0;"><a href="${mail.confirm}" style="display:inline-block;padding:10px 20px;background:#8a1c1c;color:#ffffff;text-decoration:none;font-weight:bold;">登録を完了する</a></p>
  <p style="font-size:12px;color:#6b665d;">${mail.consent}</p>
  <p style="font-size:12px;color:#6b665d;">お申し込みに心当たりがない場合は、このメールを破棄してください。登録は完了せず、今後メールが届くことはありません。</p>
  <p style="font-size:12px;"><a href="${mail.siteUrl}" style="color:#6b665d;">${mail.site}</a></p>
</td></tr>
</table>
</body>
</html>
