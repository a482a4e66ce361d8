<#ftl output_format="HTML">
<#import "layout.ftl" as layout>
<#import "parts.ftl" as parts>
<@layout.page head=page.head current=site.collections>
<header class="list-header list-collection">
  <p class="kicker"><a href="${site.collections}">まとめ</a></p>
  <h1>${page.title}</h1>
  <#if page.description?has_content><p class="list-description">${page.description}</p></#if>
  <#if page.pagination.total gt 1><p class="page-count">${page.pagination.current?c} / ${page.pagination.total?c}ページ</p></#if>
  <p class="feed-link"><a href="${page.feed.url}">${page.title}のフィード（Atom）</a></p>
</header>
<section class="list" aria-label="記事一覧">
<#list page.cards as card>
  <@parts.card card=card size="row" level=2/>
<#else>
  <p class="empty">まだ記事はありません。</p>
</#list>
</section>
<@parts.pagination pagination=page.pagination/>
</@layout.page>
