<#ftl output_format="HTML">
<#import "layout.ftl" as layout>
<#import "parts.ftl" as parts>
<@layout.page head=page.head current="/">
<h1 class="visually-hidden">${site.title}</h1>
<div class="front">
  <section class="top-stories" aria-labelledby="top-heading">
    <h2 id="top-heading" class="rule-heading">最新ニュース</h2>
    <#if page.top?has_content>
    <@parts.card card=page.top[0] size="lead" eager=true/>
    <div class="top-list">
      <#list page.top[1..] as card><@parts.card card=card size="compact" brief=true/></#list>
    </div>
    <#else>
    <p class="empty">まだ記事はありません。</p>
    </#if>
  </section>
  <div class="front-side">
  <#if page.latestIssue??>
  <aside class="latest-issue" aria-labelledby="issue-heading">
    <h2 id="issue-heading" class="rule-heading">最新号</h2>
    <@parts.issue issue=page.latestIssue/>
    <p class="more"><a href="${site.issues}">バックナンバー一覧 →</a></p>
  </aside>
  </#if>
  <#if ambient.rankings??><@parts.rankings box=ambient.rankings/></#if>
  <@parts.promos promos=page.promos/>
  </div>
</div>
<#list page.sections as block>
<section class="section-block" aria-labelledby="section-${block?index?c}">
  <h2 id="section-${block?index?c}" class="rule-heading"><a href="${block.section.url}">${block.section.label}</a></h2>
  <div class="card-grid">
    <#list block.cards as card><@parts.card card=card/></#list>
  </div>
  <p class="more"><a href="${block.section.url}">${block.section.label}の記事をもっと見る →</a></p>
</section>
</#list>
</@layout.page>
