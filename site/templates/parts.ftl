<#ftl output_format="HTML">
<#-- Pieces several pages share: article cards, photos, issue covers, pagination. -->

<#-- A photo with its intrinsic size, so the page does not jump while it loads; lazy unless it is the first thing seen. -->
<#macro photo image eager=false>
<img src="${image.src}" alt="${image.alt}"<#if image.width gt 0> width="${image.width?c}" height="${image.height?c}"</#if><#if eager> fetchpriority="high"<#else> loading="lazy"</#if>>
</#macro>

<#-- An article in a list. size: "lead" (large), "normal" (photo above text), "row" (photo beside text), "compact";
     brief leaves out photo and summary (a boolean: FreeMarker compares strings with a slow Collator);
     level is the title's heading level, one below the list's heading. -->
<#macro card card size="normal" brief=false eager=false level=3>
<article class="card card-${size}">
  <#if !brief && card.image??>
  <a class="card-photo" href="${card.url}" tabindex="-1" aria-hidden="true"><@photo image=card.image eager=eager/></a>
  </#if>
  <div class="card-text">
    <p class="card-kicker"><a href="${card.section.url}">${card.section.label}</a><#if card.breaking> <span class="breaking">速報</span></#if></p>
    <h${level?c} class="card-title"><a href="${card.url}">${card.title}</a></h${level?c}>
    <#if !brief><p class="card-summary">${card.summary}</p></#if>
    <p class="card-meta"><time datetime="${card.published.iso}">${card.published.display}</time><#if card.byline?has_content><span class="card-byline">${card.byline}</span></#if></p>
  </div>
</article>
</#macro>

<#-- A print issue: cover, number, dates and its cover feature; level is its title's heading level, 0 for none. -->
<#macro issue issue level=3>
<div class="issue">
  <a class="issue-cover" href="${issue.url}" tabindex="-1" aria-hidden="true">
    <#if issue.coverImage??><img src="${issue.coverImage}" alt="" loading="lazy"><#else><span class="issue-cover-blank">${issue.coverTitle}</span></#if>
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
    <ol><#list list.articles as article><li><a href="${article.url}">${article.label}</a></li></#list></ol>
    <p class="empty"<#if list.articles?has_content> hidden</#if>>集計中です。</p>
  </div>
  </#list>
</section>
</#macro>
