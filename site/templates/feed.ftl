<#ftl output_format="XML">
<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${site.language}">
  <title>${page.title}</title>
<#if page.subtitle?has_content>
  <subtitle>${page.subtitle}</subtitle>
</#if>
  <id>${page.id}</id>
  <link rel="self" type="application/atom+xml" href="${page.id}"/>
  <link rel="alternate" type="text/html" href="${page.alternate}"/>
  <updated>${page.updated}</updated>
<#if page.rights?has_content>
  <rights>${page.rights}</rights>
</#if>
  <generator>Kiosk</generator>
<#list page.entries as entry>
  <entry>
    <title><#if entry.sponsored>【PR】</#if>${entry.title}</title>
    <link rel="alternate" type="text/html" href="${entry.id}"/>
    <id>${entry.id}</id>
    <published>${entry.published}</published>
    <updated>${entry.updated}</updated>
<#list entry.authors as author>
    <author><name>${author}</name></author>
</#list>
    <category term="${entry.category}"/>
<#if entry.sponsored>
    <category term="PR" label="PR（広告）"/>
</#if>
    <summary>${entry.summary}</summary>
  </entry>
</#list>
</feed>
