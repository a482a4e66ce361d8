<#ftl output_format="HTML">
<#import "layout.ftl" as layout>
<#import "parts.ftl" as parts>
<@layout.page head=page.head current=site.issues>
<header class="list-header">
  <h1>バックナンバー</h1>
</header>
<div class="issue-grid">
  <#list page.issues as issue><@parts.issue issue=issue level=2/><#else><p class="empty">まだ発売された号はありません。</p></#list>
</div>
</@layout.page>
