<#ftl output_format="HTML">
<#import "layout.ftl" as layout>
<#import "parts.ftl" as parts>
<@layout.page head=page.head current=site.collections>
<header class="list-header">
  <h1>まとめ</h1>
</header>
<div class="shelf">
  <#list page.collections as collection>
  <article class="shelf-item">
    <#if collection.image??><a class="shelf-image" href="${collection.url}" tabindex="-1" aria-hidden="true"><@parts.photo image=collection.image sizes=parts.sizes.shelf/></a></#if>
    <div class="shelf-text">
      <p class="card-kicker"><#if collection.pinned>注目 ・ </#if>${collection.articles?c}本の記事</p>
      <h2 class="card-title"><a href="${collection.url}">${collection.title}</a></h2>
      <#if collection.description?has_content><p class="card-summary">${collection.description}</p></#if>
    </div>
  </article>
  <#else>
  <p class="empty">まだまとめはありません。</p>
  </#list>
</div>
</@layout.page>
