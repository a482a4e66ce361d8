<#ftl output_format="HTML">
<#import "layout.ftl" as layout>
<#import "parts.ftl" as parts>
<@layout.page head=page.head current=site.issues>
<header class="issue-header">
  <p class="kicker"><a href="${site.issues}">バックナンバー</a></p>
  <h1><time datetime="${page.issue.date.iso}">${page.issue.title}</time></h1>
</header>
<@parts.issue issue=page.issue level=0/>
<#if page.issue.coverStory??>
<section class="cover-story" aria-labelledby="cover-heading">
  <h2 id="cover-heading" class="rule-heading">特集</h2>
  <@parts.card card=page.issue.coverStory size="lead"/>
</section>
</#if>
<section class="issue-articles" aria-labelledby="contents-heading">
  <h2 id="contents-heading" class="rule-heading">この号の記事</h2>
  <#list page.articles as card>
  <@parts.card card=card size="row"/>
  <#else>
  <p class="empty">この号のほかの記事はまだ公開されていません。</p>
  </#list>
</section>
</@layout.page>
