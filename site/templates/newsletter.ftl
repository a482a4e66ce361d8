<#ftl output_format="HTML">
<#-- The newsletter's pages (page.kind): "signup" is /newsletter/, with the notices the API sends a browser
     back to (/newsletter/#sent ...), shown by :target without script; "confirm", "unsubscribe" and "topics"
     are what a mail's signed link opens: the server fills in the hidden token (and the topics) when it answers. -->
<#import "layout.ftl" as layout>
<#assign form = site.newsletter>
<@layout.page head=page.head current="">
<article class="newsletter-page">
<#if page.kind == "signup">
  <h1>${form.name}</h1>
  <div class="newsletter-notices">
    <p id="sent" class="newsletter-notice" role="status">確認メールを送りました。メールのリンクを開いて登録を完了してください（届かないときは迷惑メールのフォルダもご確認ください）。</p>
    <p id="confirmed" class="newsletter-notice" role="status">登録が完了しました。次号からお届けします。</p>
    <p id="updated" class="newsletter-notice" role="status">受け取るセクションを変更しました。</p>
    <p id="unsubscribed" class="newsletter-notice" role="status">配信を停止しました。ご購読ありがとうございました。</p>
    <p id="invalid" class="newsletter-notice newsletter-error" role="alert">メールアドレスの形式が正しくありません。もう一度入力してください。</p>
    <p id="expired" class="newsletter-notice newsletter-error" role="alert">このリンクは無効か、期限が切れています。お手数ですが、もう一度登録してください。</p>
    <p id="busy" class="newsletter-notice newsletter-error" role="alert">ただいま混み合っています。しばらくしてからもう一度お試しください。</p>
  </div>
  <p class="list-description">毎週、最新号の特集と各セクションの注目記事、よく読まれた記事をメールでお届けします。登録は無料で、メールのリンクからいつでも停止できます。</p>
  <form class="newsletter-full" method="post" action="${form.action}" data-newsletter-form>
    <label for="newsletter-page-email">メールアドレス</label>
    <input id="newsletter-page-email" type="email" name="email" required maxlength="254" autocomplete="email" inputmode="email" placeholder="you@example.jp">
    <@topics/>
    <p class="newsletter-consent">${form.consent}</p>
    <button type="submit">登録する</button>
    <p class="newsletter-status" role="status" aria-live="polite"></p>
  </form>
<#elseif page.kind == "confirm">
  <h1>登録の確認</h1>
  <p>下のボタンを押すと、${form.name}の登録が完了します。</p>
  <form method="post" action="${page.action}">
    <input type="hidden" name="token" value="">
    <button type="submit">登録を完了する</button>
  </form>
<#elseif page.kind == "unsubscribe">
  <h1>配信の停止</h1>
  <p>下のボタンを押すと、${form.name}の配信を停止します。登録していたメールアドレスは削除されます。</p>
  <form method="post" action="${page.action}">
    <input type="hidden" name="token" value="">
    <button type="submit">配信を停止する</button>
  </form>
<#else>
  <h1>受け取るセクションの変更</h1>
  <form method="post" action="${page.action}">
    <input type="hidden" name="token" value="">
    <@topics/>
    <button type="submit">保存する</button>
  </form>
</#if>
</article>
</@layout.page>

<#macro topics>
    <fieldset class="newsletter-topics">
      <legend>受け取るセクション（選ばなければすべて）</legend>
      <#list form.topics as topic>
      <label><input type="checkbox" name="topics" value="${topic.slug}"> ${topic.label}</label>
      </#list>
    </fieldset>
</#macro>
