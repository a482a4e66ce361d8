<#ftl output_format="HTML">
<#import "layout.ftl" as layout>
<#import "parts.ftl" as parts>
<@layout.page head=page.head current=site.specials>
<header class="special-header">
  <p class="kicker"><a href="${site.specials}">別冊・MOOK</a></p>
  <h1>${page.special.title}</h1>
</header>
<div class="special-page">
  <figure class="special-page-cover"><@parts.photo image=page.special.cover eager=true sizes=parts.sizes.cover/></figure>
  <div class="special-page-text">
    <p class="special-kind"><span class="special-kind-label">${page.special.kind}</span><#if page.special.onSaleNow> <span class="on-sale">好評発売中</span></#if></p>
    <#if page.description?has_content><p class="special-description">${page.description}</p></#if>
    <dl class="special-facts">
      <dt>発売日</dt><dd><time datetime="${page.special.onSale.iso}">${page.special.onSale.display}</time><#if page.offSale??>（<time datetime="${page.offSale.iso}">${page.offSale.display}</time>まで販売）</#if></dd>
      <dt>定価</dt><dd>${page.special.price}</dd>
      <#if page.isbn??><dt>ISBN</dt><dd>${page.isbn}</dd></#if>
      <#if page.jan??><dt>JAN</dt><dd>${page.jan}</dd></#if>
    </dl>
    <#if page.purchase?has_content>
    <section class="special-purchase" aria-labelledby="purchase-heading">
      <h2 id="purchase-heading" class="rule-heading">購入する</h2>
      <ul>
        <#list page.purchase as shop><li><a href="${shop.url}" rel="noopener">${shop.label}</a></li></#list>
      </ul>
    </section>
    </#if>
  </div>
</div>
<#if page.contents?has_content>
<section class="special-contents" aria-labelledby="contents-heading">
  <h2 id="contents-heading" class="rule-heading">目次</h2>
  <ol>
    <#list page.contents as line>
    <li><#if line.url??><a href="${line.url}">${line.title}</a><#else>${line.title}</#if><#if line.page??><span class="contents-page">${line.page}</span></#if></li>
    </#list>
  </ol>
</section>
</#if>
</@layout.page>
