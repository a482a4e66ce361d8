<#ftl output_format="HTML">
<#import "layout.ftl" as layout>
<#import "parts.ftl" as parts>
<@layout.page head=page.head current=site.specials>
<header class="list-header">
  <h1>別冊・MOOK</h1>
</header>
<div class="special-grid">
  <#list page.specials as special><@parts.special special=special/><#else><p class="empty">まだ発売された別冊・MOOKはありません。</p></#list>
</div>
</@layout.page>
