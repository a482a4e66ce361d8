<#ftl output_format="HTML">
<#import "layout.ftl" as layout>
<#import "parts.ftl" as parts>
<@layout.page head=page.head current=site.series>
<header class="list-header">
  <h1>連載</h1>
</header>
<div class="shelf">
  <#list page.series as series>
  <article class="shelf-item">
    <#if series.image??><a class="shelf-image" href="${series.url}" tabindex="-1" aria-hidden="true"><@parts.photo image=series.image sizes=parts.sizes.shelf/></a></#if>
    <div class="shelf-text">
      <p class="card-kicker"><#if series.sponsor??><@parts.pr/> </#if><#if series.running>連載中<#else>完結</#if> ・ ${series.parts?c}回</p>
      <h2 class="card-title"><a href="${series.url}">${series.title}</a></h2>
      <#if series.description?has_content><p class="card-summary">${series.description}</p></#if>
      <p class="card-meta">最新回：<a href="${series.latest.url}">${series.latest.label}</a><#if series.sponsor??><span class="card-sponsor">提供：${series.sponsor}</span></#if></p>
    </div>
  </article>
  <#else>
  <p class="empty">まだ連載はありません。</p>
  </#list>
</div>
</@layout.page>
