<#ftl output_format="HTML">
<#import "layout.ftl" as layout>
<#import "parts.ftl" as parts>
<@layout.page head=page.head current=page.section.url>
<div class="article-layout">
<article class="article">
  <header class="article-header">
    <p class="kicker"><#if page.sponsor??><@parts.pr/> </#if><a href="${page.section.url}">${page.section.label}</a><#if page.breaking> <span class="breaking">速報</span></#if><#if page.series??> <span class="kicker-series">連載「${page.series.series.label}」${page.series.part}</span></#if></p>
    <h1 class="article-title">${page.title}</h1>
    <p class="lede">${page.summary}</p>
    <div class="article-meta">
      <p class="byline"><#list page.authors as author><a href="${author.url}" rel="author">${author.label}</a><#sep>、</#list><#if page.source??><span class="source">${page.source}配信</span></#if></p>
      <p class="article-dates">
        <time datetime="${page.published.iso}">${page.published.display}</time>
        <#if page.updated??><span class="updated">更新 <time datetime="${page.updated.iso}">${page.updated.display}</time></span></#if>
        <span class="reading-time">約${page.readingMinutes?c}分で読めます</span>
      </p>
    </div>
    <#if page.sponsor??><@parts.sponsor sponsor=page.sponsor/></#if>
  </header>
  <#if page.image??>
  <figure class="lead-photo">
    <@parts.photo image=page.image eager=true sizes=parts.sizes.lead/>
    <#if page.image.caption?has_content || page.image.credit?has_content>
    <figcaption>${page.image.caption}<#if page.image.credit?has_content> <span class="credit">${page.image.credit}</span></#if></figcaption>
    </#if>
  </figure>
  </#if>
  <div class="article-body">
    <#if page.dateline??><p class="dateline">【${page.dateline}】</p></#if>
    ${page.bodyHtml?no_esc}
  </div>
  <#if page.series??><@parts.seriesBox box=page.series/></#if>
  <footer class="article-footer">
    <#if page.tags?has_content>
    <ul class="tags" aria-label="タグ">
      <#list page.tags as tag><li><a href="${tag.url}" rel="tag">${tag.label}</a></li></#list>
    </ul>
    </#if>
    <#if page.issue??><p class="ran-in">この記事は<a href="${page.issue.url}">${page.issue.label}</a>に掲載されています。</p></#if>
  </footer>
</article>
<div class="article-side">
<#if page.related?has_content>
<aside class="related" aria-labelledby="related-heading">
  <h2 id="related-heading" class="rule-heading">あわせて読みたい</h2>
  <#list page.related as card><@parts.card card=card size="row"/></#list>
</aside>
</#if>
<#if ambient.rankings??><@parts.rankings box=ambient.rankings/></#if>
<@parts.promos promos=page.promos/>
</div>
</div>
</@layout.page>
