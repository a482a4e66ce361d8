<#ftl output_format="plainText">
${mail.site} ${mail.name}

${mail.name}へのご登録のお申し込みを受け付けました。
次のリンクを開いて登録を完了してください（有効期限は7日間です）。

${mail.confirm}

${mail.consent}

お申し込みに心当たりがない場合は、このメールを破棄してください。
登録は完了せず、今後メールが届くことはありません。

${mail.siteUrl}
