<#ftl output_format="HTML">
<#import "layout.ftl" as layout>
<#import "parts.ftl" as parts>
<@layout.page head=page.head>
<header class="list-header">
  <h1>ページが見つかりません</h1>
  <p class="list-description">お探しのページは移動または削除された可能性があります。<a href="/">トップページ</a>から最新の記事をご覧ください。</p>
</header>
<section class="list" aria-labelledby="latest-heading">
  <h2 id="latest-heading" class="rule-heading">最新ニュース</h2>
  <#list page.latest as card><@parts.card card=card size="row"/></#list>
</section>
</@layout.page>
