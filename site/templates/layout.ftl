<#ftl output_format="HTML">
<#-- The frame of every HTML page: head (SEO, OpenGraph, JSON-LD), masthead, section navigation, footer.
     `current` is the URL of the navigation entry to mark as the current page. -->
<#-- String equality without `==`, which FreeMarker evaluates with a locale Collator: slow, and run on every page. -->
<#function same a b><#return a?length == b?length && a?starts_with(b)></#function>
<#import "parts.ftl" as parts>
<#macro page head current="">
<!DOCTYPE html>
<html lang="${site.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${head.title}</title>
<meta name="description" content="${head.description}">
<#if head.canonical??>
<link rel="canonical" href="${head.canonical}">
<meta property="og:url" content="${head.canonical}">
</#if>
<meta property="og:site_name" content="${site.title}">
<meta property="og:type" content="${head.type}">
<meta property="og:title" content="${head.title}">
<meta property="og:description" content="${head.description}">
<#if head.image??>
<meta property="og:image" content="${head.image}">
<meta name="twitter:card" content="summary_large_image">
</#if>
<meta name="kiosk-revision" content="${ambient.revision}">
<#if head.preload??>
<#-- the lead photo is the largest thing first seen: fetched before the stylesheet lays the page out -->
<link rel="preload" as="image" href="${head.preload.src}"<#if head.preload.webpSrcset?has_content> imagesrcset="${head.preload.webpSrcset}" imagesizes="${parts.sizes.lead}" type="image/webp"</#if> fetchpriority="high">
</#if>
<link rel="stylesheet" href="/css/site.css?v=${site.assetVersion}">
<link rel="icon" href="/favicon.svg?v=${site.assetVersion}" type="image/svg+xml">
<link rel="alternate" type="application/atom+xml" title="${site.title}" href="${site.feed}">
<#if head.feed??>
<link rel="alternate" type="application/atom+xml" title="${head.feed.label}" href="${head.feed.url}">
</#if>
<#if site.api??>
<#-- The API the script sends views to and refreshes rankings from; empty: this site's own origin. -->
<meta name="kiosk-api" content="${site.api}">
<script src="/js/ranking.js?v=${site.assetVersion}" defer></script>
</#if>
<#if site.newsletter??>
<script src="/js/newsletter.js?v=${site.assetVersion}" defer></script>
</#if>
<#if site.liveReload??>
<#-- kiosk serve --live-reload only: reloads the page when its content changes (never in a baked site) -->
<script src="${site.liveReload}?v=${site.assetVersion}" defer></script>
</#if>
<#if head.jsonLd??>
<script type="application/ld+json">${head.jsonLd?no_esc}</script>
</#if>
</head>
<body>
<a class="skip-link" href="#main">本文へ移動</a>
<header class="masthead">
  <div class="masthead-title">
    <a class="brand" href="/">${site.title}</a>
    <#if site.description?has_content><p class="tagline">${site.description}</p></#if>
  </div>
  <nav class="section-nav" aria-label="セクション">
    <ul>
      <li><a href="/"<#if same(current, "/")> aria-current="page"</#if>>トップ</a></li>
      <#list site.sections as section>
      <li><a href="${section.url}"<#if same(current, section.url)> aria-current="page"</#if>>${section.label}</a></li>
      </#list>
      <li><a href="${site.issues}"<#if same(current, site.issues)> aria-current="page"</#if>>バックナンバー</a></li>
    </ul>
  </nav>
</header>
<main id="main" class="container">
<#nested>
</main>
<footer class="site-footer">
  <div class="container">
    <#if site.newsletter??><@signup form=site.newsletter/></#if>
    <p class="footer-brand"><a href="/">${site.title}</a></p>
    <#if site.description?has_content><p>${site.description}</p></#if>
    <ul class="footer-links">
      <#list site.sections as section><li><a href="${section.url}">${section.label}</a></li></#list>
      <li><a href="${site.issues}">バックナンバー</a></li>
      <li><a href="${site.series}">連載</a></li>
      <li><a href="${site.collections}">まとめ</a></li>
      <li><a href="${site.specials}">別冊・MOOK</a></li>
      <li><a href="${site.feed}">フィード（Atom）</a></li>
    </ul>
    <#if site.copyright?has_content><p class="copyright"><small>${site.copyright}</small></p></#if>
  </div>
</footer>
</body>
</html>
</#macro>

<#-- The newsletter's signup, on every page: works as a plain form POST (the API sends the browser back to
     /newsletter/#sent or another notice) and, with js/newsletter.js, in place. -->
<#macro signup form>
<section class="newsletter-signup" aria-labelledby="newsletter-signup-heading">
  <h2 id="newsletter-signup-heading" class="newsletter-title">${form.name}</h2>
  <form method="post" action="${form.action}" data-newsletter-form>
    <label for="newsletter-signup-email">メールアドレス</label>
    <span class="newsletter-row">
      <input id="newsletter-signup-email" type="email" name="email" required maxlength="254" autocomplete="email" inputmode="email" placeholder="you@example.jp">
      <button type="submit">登録する</button>
    </span>
    <p class="newsletter-consent">${form.consent}</p>
    <p class="newsletter-status" role="status" aria-live="polite"></p>
  </form>
  <p class="newsletter-more"><a href="${form.page}">受け取るセクションを選んで登録する →</a></p>
</section>
</#macro>
