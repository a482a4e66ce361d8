<#ftl output_format="HTML">
<#-- Pieces several pages share: article cards, photos, issue covers, pagination, promotions, the 「PR」 label. -->

<#-- The label sponsored content carries wherever it appears (Japan's rules against stealth marketing). -->
<#macro pr><span class="pr-label">PR</span></#macro>

<#-- How wide each kind of photo is laid out (site.css), so browsers fetch the smallest variant that is sharp there. -->
<#assign sizes = {
  "lead": "(min-width: 44rem) 40rem, calc(100vw - 2.4rem)",
  "card-lead": "(min-width: 60rem) 48rem, calc(100vw - 2.4rem)",
  "card-normal": "(min-width: 60rem) 18rem, (min-width: 32rem) 45vw, calc(100vw - 2.4rem)",
  "card-row": "(min-width: 32rem) 9.5rem, 6.5rem",
  "card-compact": "(min-width: 32rem) 9.5rem, 6.5rem",
  "cover": "(min-width: 32rem) 15rem, 6.5rem",
  "shelf": "(min-width: 40rem) 22rem, calc(100vw - 2.4rem)",
  "promo": "5.5rem"
}>

<#-- A photo with its intrinsic size, so the page does not jump while it loads; lazy unless it is the first thing
     seen. With variants (a Picture): WebP for browsers that take it, the original format's widths for the rest,
     and `sizes` lets the browser pick the narrowest that is sharp. A sponsor's logo (an Image) is shown as it is. -->
<#macro photo image eager=false sizes="100vw">
<#if image.webpSrcset?? && image.webpSrcset?has_content>
<picture><source type="image/webp" srcset="${image.webpSrcset}" sizes="${sizes}"><img src="${image.src}"<#if image.srcset?has_content> srcset="${image.srcset}" sizes="${sizes}"</#if> alt="${image.alt}"<@intrinsic image/><@loading eager/>></picture>
<#else>
<img src="${image.src}" alt="${image.alt}"<@intrinsic image/><@loading eager/>>
</#if>
</#macro>
<#macro intrinsic image><#if image.crop??> class="${image.crop}"</#if><#if image.width gt 0> width="${image.width?c}" height="${image.height?c}"</#if></#macro>
<#macro loading eager><#if eager> fetchpriority="high"<#else> loading="lazy" decoding="async"</#if></#macro>

<#-- An article in a list. size: "lead" (large), "normal" (photo above text), "row" (photo beside text), "compact";
     brief leaves out photo and summary (a boolean: FreeMarker compares strings with a slow Collator);
     level is the title's heading level, one below the list's heading. -->
<#macro card card size="normal" brief=false eager=false level=3>
<article class="card card-${size}">
  <#if !brief && card.image??>
  <a class="card-photo" href="${card.url}" tabindex="-1" aria-hidden="true"><@photo image=card.image eager=eager sizes=sizes["card-" + size]/></a>
  </#if>
  <div class="card-text">
    <p class="card-kicker"><#if card.sponsor??><@pr/> </#if><a href="${card.section.url}">${card.section.label}</a><#if card.breaking> <span class="breaking">速報</span></#if></p>
    <h${level?c} class="card-title"><a href="${card.url}">${card.title}</a></h${level?c}>
    <#if !brief><p class="card-summary">${card.summary}</p></#if>
    <p class="card-meta"><time datetime="${card.published.iso}">${card.published.display}</time><#if card.sponsor??><span class="card-sponsor">提供：${card.sponsor}</span><#elseif card.byline?has_content><span class="card-byline">${card.byline}</span></#if></p>
  </div>
</article>
</#macro>

<#-- A print issue: cover, number, dates and its cover feature; level is its title's heading level, 0 for none. -->
<#macro issue issue level=3>
<div class="issue">
  <a class="issue-cover" href="${issue.url}" tabindex="-1" aria-hidden="true">
    <#if issue.cover??><@photo image=issue.cover sizes=sizes.cover/><#else><span class="issue-cover-blank">${issue.coverTitle}</span></#if>
  </a>
  <div class="issue-text">
    <p class="issue-number">第${issue.number?c}号<#if issue.onSale??> ・ <time datetime="${issue.onSale.iso}">${issue.onSale.display}</time>発売</#if></p>
    <#if level gt 0><h${level?c} class="issue-title"><a href="${issue.url}"><time datetime="${issue.date.iso}">${issue.title}</time></a></h${level?c}></#if>
    <p class="issue-feature"><span class="label">特集</span>${issue.coverTitle}</p>
    <#if issue.coverStory??><p class="issue-story"><a href="${issue.coverStory.url}">${issue.coverStory.title}</a></p></#if>
    <#if issue.summary?has_content><p class="issue-summary">${issue.summary}</p></#if>
  </div>
</div>
</#macro>

<#macro pagination pagination>
<#if pagination.total gt 1>
<nav class="pagination" aria-label="ページ送り">
  <#if pagination.previous??><a class="pagination-step" rel="prev" href="${pagination.previous}">← 前へ</a></#if>
  <ol>
    <#list pagination.steps as step>
    <li><#if !step.url??><span class="pagination-gap">…</span><#elseif step.current><span aria-current="page">${step.label}</span><#else><a href="${step.url}">${step.label}</a></#if></li>
    </#list>
  </ol>
  <#if pagination.next??><a class="pagination-step" rel="next" href="${pagination.next}">次へ →</a></#if>
</nav>
</#if>
</#macro>

<#-- 人気ランキング: the most read articles per window as of the render (ambient.rankings); the site's script
     (js/ranking.js) refreshes the lists from the API. Without script or API the baked lists stay. -->
<#assign periodNames = {"DAY": "日間", "WEEK": "週間", "MONTH": "月間"}>
<#macro rankings box>
<section class="ranking" aria-labelledby="ranking-heading" data-kiosk-ranking>
  <h2 id="ranking-heading" class="rule-heading">人気ランキング</h2>
  <p class="ranking-as-of"<#if box.asOf??>><time datetime="${box.asOf.iso}">${box.asOf.display}</time>現在<#else> hidden></#if></p>
  <#list box.lists as list>
  <div class="ranking-list" data-period="${list.period}">
    <h3 class="ranking-title">${periodNames[list.period]}</h3>
    <ol><#list list.articles as article><li><a href="${article.url}">${article.title}</a><#if article.sponsor??> <@pr/></#if></li></#list></ol>
    <p class="empty"<#if list.articles?has_content> hidden</#if>>集計中です。</p>
  </div>
  </#list>
</section>
</#macro>

<#-- Who paid for sponsored content: the 「PR」 label, the sponsor's name (linked) and logo. -->
<#macro sponsor sponsor what="記事">
<aside class="sponsor-notice" aria-label="広告">
  <p><@pr/> この${what}は<#if sponsor.url??><a href="${sponsor.url}" rel="sponsored noopener">${sponsor.name}</a><#else>${sponsor.name}</#if>の提供による広告です。</p>
  <#if sponsor.logo??><p class="sponsor-logo"><@photo image=sponsor.logo/></p></#if>
</aside>
</#macro>

<#-- Where an article stands in its series, with the parts before and after it. -->
<#macro seriesBox box>
<nav class="series-box" aria-label="連載">
  <p class="series-box-title">連載 <a href="${box.series.url}">${box.series.label}</a></p>
  <p class="series-box-place"><#if box.season??>${box.season} </#if>${box.part}</p>
  <ul class="series-box-steps">
    <#if box.previous??><li class="series-previous"><a href="${box.previous.url}" rel="prev">← 前回　${box.previous.label}</a></li></#if>
    <#if box.next??><li class="series-next"><a href="${box.next.url}" rel="next">次回　${box.next.label} →</a></li></#if>
  </ul>
</nav>
</#macro>

<#-- What the magazine promotes: pinned collections, running series, special editions on sale. -->
<#macro promos promos>
<#if promos.collections?has_content>
<section class="promo" aria-labelledby="promo-collections">
  <h2 id="promo-collections" class="rule-heading">注目のまとめ</h2>
  <#list promos.collections as promo><@promoItem promo=promo/></#list>
  <p class="more"><a href="${site.collections}">まとめ一覧 →</a></p>
</section>
</#if>
<#if promos.series?has_content>
<section class="promo" aria-labelledby="promo-series">
  <h2 id="promo-series" class="rule-heading">連載中</h2>
  <#list promos.series as promo><@promoItem promo=promo/></#list>
  <p class="more"><a href="${site.series}">連載一覧 →</a></p>
</section>
</#if>
<#if promos.specials?has_content>
<section class="promo promo-specials" aria-labelledby="promo-specials">
  <h2 id="promo-specials" class="rule-heading">別冊・MOOK 好評発売中</h2>
  <#list promos.specials as promo><@promoItem promo=promo/></#list>
  <p class="more"><a href="${site.specials}">別冊・MOOK一覧 →</a></p>
</section>
</#if>
</#macro>

<#macro promoItem promo>
<div class="promo-item">
  <#if promo.image??><a class="promo-image" href="${promo.url}" tabindex="-1" aria-hidden="true"><@photo image=promo.image sizes=sizes.promo/></a></#if>
  <p class="promo-text"><span class="promo-label">${promo.label}</span><#if promo.sponsor??> <@pr/></#if> <a href="${promo.url}">${promo.title}</a><#if promo.sponsor??><span class="promo-sponsor">提供：${promo.sponsor}</span></#if></p>
</div>
</#macro>

<#-- A special edition: cover, kind, title, sale and price. level is its title's heading level, 0 for none. -->
<#macro special special level=2>
<div class="special">
  <a class="special-cover" href="${special.url}" tabindex="-1" aria-hidden="true"><@photo image=special.cover sizes=sizes.cover/></a>
  <div class="special-text">
    <p class="special-kind"><span class="special-kind-label">${special.kind}</span><#if special.onSaleNow> <span class="on-sale">好評発売中</span></#if></p>
    <#if level gt 0><h${level?c} class="special-title"><a href="${special.url}">${special.title}</a></h${level?c}></#if>
    <p class="special-sale"><time datetime="${special.onSale.iso}">${special.onSale.display}</time>発売 ・ ${special.price}</p>
  </div>
</div>
</#macro>
