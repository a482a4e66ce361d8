<#ftl output_format="HTML">
<#import "layout.ftl" as layout>
<#import "parts.ftl" as parts>
<@layout.page head=page.head current=site.series>
<header class="series-header">
  <#if page.image??><figure class="series-image"><@parts.photo image=page.image eager=true sizes=parts.sizes.shelf/></figure></#if>
  <div class="series-intro">
    <p class="kicker"><#if page.sponsor??><@parts.pr/> </#if><a href="${site.series}">連載</a><#if page.running> <span class="series-running">連載中</span></#if></p>
    <h1>${page.title}</h1>
    <#if page.description?has_content><p class="list-description">${page.description}</p></#if>
    <p class="feed-link"><a href="${page.feed.url}">${page.title}のフィード（Atom）</a></p>
  </div>
</header>
<#if page.sponsor??><@parts.sponsor sponsor=page.sponsor what="連載"/></#if>
<#list page.chapters as chapter>
<section class="series-chapter" aria-labelledby="chapter-${chapter?index?c}">
  <#if chapter.heading??>
  <h2 id="chapter-${chapter?index?c}" class="rule-heading">${chapter.heading}<#if chapter.period?has_content> <span class="series-period">${chapter.period}</span></#if></h2>
  <#else>
  <h2 id="chapter-${chapter?index?c}" class="rule-heading">記事一覧</h2>
  </#if>
  <ol class="series-parts">
    <#list chapter.parts as part>
    <li class="series-part"><span class="series-part-label">${part.label}</span><@parts.card card=part.card size="row" level=3/></li>
    </#list>
  </ol>
</section>
</#list>
</@layout.page>
