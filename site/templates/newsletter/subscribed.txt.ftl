<#ftl output_format="plainText">
${mail.site} ${mail.name}

このメールアドレスは${mail.name}にご登録済みです。登録内容は変更していません。

受け取るセクションを変更する: ${mail.topics}
配信を停止する: ${mail.unsubscribe}

お申し込みに心当たりがない場合は、このメールを破棄してください。

${mail.siteUrl}
