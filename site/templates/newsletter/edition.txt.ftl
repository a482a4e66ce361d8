<#ftl output_format="plainText">
<#-- The newsletter edition as plain text: the same as the HTML part, for clients that show text only. -->
<#assign e = mail.edition>
<#macro headline story><#if story.sponsored>[PR] </#if>${story.title}
${story.url}</#macro>
${e.site} ${e.name}
${e.heading}
<#if e.note??>

■ ${e.note.title}
${e.note.text}
<#if e.note.byline??>（${e.note.byline}）</#if>
</#if>
<#if e.issue??>

■ 最新号 ${e.issue.title}
特集「${e.issue.coverTitle}」
${e.issue.url}
<#if e.issue.summary?has_content>${e.issue.summary}
</#if>
<#if e.issue.coverStory??><@headline story=e.issue.coverStory/>
</#if>
</#if>
<#list e.sections as block>

■ ${block.name}
<#list block.stories as story>
・<@headline story=story/>
</#list>
</#list>
<#if e.ranking?has_content>

■ 今週よく読まれた記事
<#list e.ranking as story>
${story.rank}. <@headline story=story/>
</#list>
</#if>

--
このメールは${e.site}の${e.name}にご登録いただいた方にお送りしています。
受け取るセクションを変更する: ${mail.topics}
配信を停止する: ${mail.unsubscribe}
${e.siteUrl}
