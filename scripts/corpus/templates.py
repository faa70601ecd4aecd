"""Page templates: one function per site style. Each returns the page as a str."""
from common import esc, esc_attr, esc_entities, jsonld


def _ld(a, o):
    return jsonld(a, o) if a.get("jsonld") else ""


# ---------------------------------------------------------------- T1: semantic HTML5 (en)
def t_semantic_en(a, o):
    e = esc_entities if o.get("entities") else esc
    nav = "\n".join(f'      <li><a href="/{n.lower().replace(" ", "-")}/">{esc(n)}</a></li>' for n in o["nav"])
    crumbs = "".join(f'<li><a href="{h}">{esc(t)}</a></li>' for t, h in a["crumbs"])
    related = "\n".join(f'      <li><a href="{h}">{esc(t)}</a></li>' for t, h in a["related"])
    body = "\n".join(f"        <p>{e(p)}</p>" for p in a["paras"])
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{esc(a['title'])} | {esc(o['name'])}</title>
  <meta name="description" content="{esc_attr(a['standfirst'])}">
  <meta name="author" content="{esc_attr(a['author'])}">
  <meta property="og:site_name" content="{esc_attr(o['name'])}">
  <meta property="og:type" content="article">
  <meta property="og:title" content="{esc_attr(a['title'])}">
  <meta property="og:url" content="{a['canonical']}">
  <meta property="article:published_time" content="{a['published_iso']}">
  <link rel="canonical" href="{a['canonical']}">
  <link rel="stylesheet" href="/static/css/main.{o['asset']}.css">
  <script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}} gtag('js', new Date()); gtag('config', 'G-{o['asset'].upper()}');</script>
  {_ld(a, o)}
</head>
<body class="template-article section-{a['section']}">
  <div id="cookie-consent" class="cookie-banner" role="dialog" aria-live="polite">
    <p>{esc(o['cookie'])}</p>
    <button type="button" class="btn-accept">Accept all</button>
    <button type="button" class="btn-settings">Manage preferences</button>
  </div>
  <header class="masthead">
    <a class="logo" href="/">{esc(o['name'])}</a>
    <nav class="main-nav" aria-label="Sections">
      <ul>
{nav}
      </ul>
    </nav>
    <form class="site-search" action="/search" role="search"><input type="search" name="q" placeholder="Search {esc_attr(o['name'])}"><button>Go</button></form>
  </header>
  <nav class="breadcrumbs" aria-label="Breadcrumb"><ol>{crumbs}</ol></nav>
  <main id="main">
    <article class="story" itemscope itemtype="https://schema.org/NewsArticle">
      <header class="story-header">
        <h1 class="story-headline" itemprop="headline">{e(a['title'])}</h1>
        <p class="standfirst">{e(a['standfirst'])}</p>
        <div class="story-meta">
          <span class="byline">By <a rel="author" href="/people/{a['author'].lower().replace(' ', '-')}">{esc(a['author'])}</a></span>
          <time datetime="{a['published_iso']}">{esc(a['date_line'])}</time>
        </div>
      </header>
      <figure class="lead-image"><img src="/media/{a['slug']}.jpg" alt="{esc_attr(a['caption'])}" width="1200" height="675"><figcaption>{e(a['caption'])}</figcaption></figure>
      <div class="share-bar" aria-label="Share">
        <span class="share-label">Share this story</span>
        <a class="share-fb" href="https://www.facebook.com/sharer/sharer.php?u={a['canonical']}">Facebook</a>
        <a class="share-x" href="https://x.com/intent/tweet?url={a['canonical']}">X</a>
        <a class="share-li" href="https://www.linkedin.com/shareArticle?url={a['canonical']}">LinkedIn</a>
        <a class="share-mail" href="mailto:?subject={esc_attr(a['slug'])}">Email</a>
      </div>
      <div class="story-body" itemprop="articleBody">
{body}
      </div>
      <p class="story-tags">Topics: <a href="/topics/{a['section']}">{esc(a['section'].title())}</a></p>
    </article>
    <aside class="ad ad-mpu" data-ad-slot="article-mpu-1">
      <span class="ad-label">Advertisement</span>
      <a href="https://ads.example/click?c=7731" rel="sponsored"><img src="https://ads.example/banner/300x250.png" alt="{esc_attr(o['ad'])}"></a>
      <p class="ad-copy">{esc(o['ad'])}</p>
    </aside>
    <section class="related-articles">
      <h2>Related articles</h2>
      <ul>
{related}
      </ul>
    </section>
    <section id="comments" class="comments">
      <h2>Comments ({a.get('comment_count', 14)})</h2>
      <p class="comment-prompt">{esc(o['comment_prompt'])}</p>
      <form class="comment-form" method="post" action="/comments">
        <label for="comment-name">Name</label><input id="comment-name" name="name">
        <label for="comment-body">Your comment</label><textarea id="comment-body" name="body" rows="5"></textarea>
        <button type="submit">Post comment</button>
      </form>
    </section>
  </main>
  <footer class="site-footer">
    <nav class="footer-links"><a href="/about">About us</a> <a href="/contact">Contact</a> <a href="/terms">Terms of use</a> <a href="/privacy">Privacy policy</a> <a href="/newsletters">Newsletters</a></nav>
    <p class="copyright">{esc(a['footer'])}</p>
  </footer>
  <script src="/static/js/app.{o['asset']}.min.js" defer></script>
  <script>
    document.querySelector('#cookie-consent .btn-accept').addEventListener('click', function () {{
      document.cookie = 'consent=all; max-age=31536000; path=/';
      document.getElementById('cookie-consent').remove();
    }});
  </script>
</body>
</html>
"""


# ---------------------------------------------------------------- T2: old table layout (en)
def t_table_en(a, o):
    nav = " | ".join(f'<a href="/{n.lower().replace(" ", "")}.html"><font color="#ffffff">{esc(n)}</font></a>' for n in o["nav"])
    related = "\n".join(f'<tr><td class="rel">&raquo; <a href="{h}">{esc(t)}</a></td></tr>' for t, h in a["related"])
    body = "\n".join(f"<p>{esc(p)}</p>" for p in a["paras"])
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html>
<head>
{a['charset_decl']}
<title>{esc(a['title'])} - {esc(o['name'])}</title>
<meta name="author" content="{esc_attr(a['author'])}">
<meta name="keywords" content="Beijing, Zhongguancun, technology, forum">
<meta property="og:site_name" content="{esc_attr(o['name'])}">
<link rel="canonical" href="{a['canonical']}">
<link rel="stylesheet" type="text/css" href="/css/mp_style.css">
<script type="text/javascript" src="/js/jquery-1.4.2.min.js"></script>
<script type="text/javascript">
var _mpq = _mpq || [];
_mpq.push(['section', 'asia']);
function mpShowCookieNote() {{ document.getElementById('cookienote').style.display = 'block'; }}
</script>
</head>
<body bgcolor="#f4f1ea" onload="mpShowCookieNote()">
<div id="cookienote" style="display:none;background:#333;color:#fff;padding:6px">{esc(o['cookie'])} <a href="/cookies.html">Find out more</a> <a href="#" onclick="this.parentNode.style.display='none';return false;">[close]</a></div>
<table width="960" align="center" border="0" cellpadding="0" cellspacing="0">
<tr><td colspan="3"><a href="/"><img src="/img/masthead.gif" alt="{esc_attr(o['name'])}" border="0" width="960" height="90"></a></td></tr>
<tr><td colspan="3" bgcolor="#7a1f1f" height="24">&nbsp;{nav}</td></tr>
<tr><td colspan="3"><font size="1">You are here: <a href="/">Front Page</a> &gt; <a href="/asia-pacific.html">Asia-Pacific</a> &gt; China</font></td></tr>
<tr valign="top">
<td width="160" class="leftcol">
<table border="0" cellpadding="3" width="100%">
<tr><td><b>Sections</b></td></tr>
<tr><td><a href="/weather.html">Weather</a></td></tr>
<tr><td><a href="/crossword.html">Crossword</a></td></tr>
<tr><td><a href="/archive.html">Archive</a></td></tr>
</table>
</td>
<td width="560" class="maincol">
<font face="Georgia, serif">
<h1>{esc(a['title'])}</h1>
<font size="2" color="#666666">{esc(a['byline'])}<br>{esc(a['date_line'])}</font>
<table border="0" cellpadding="2"><tr>
<td><a href="/share/email?u={a['canonical']}">E-mail this article</a></td>
<td><a href="/share/print?u={a['canonical']}">Print</a></td>
<td><a href="https://www.facebook.com/sharer.php?u={a['canonical']}">Facebook</a></td>
</tr></table>
<div class="articletext">
{body}
</div>
</font>
<table width="100%" border="0" cellpadding="4" bgcolor="#ebe6da">
<tr><td><b>Related stories</b></td></tr>
{related}
</table>
<form method="post" action="/cgi-bin/comment.pl">
<p><b>{esc(o['comment_prompt'])}</b></p>
<p>Name: <input type="text" name="name" size="30"><br>
<textarea name="comment" rows="6" cols="60"></textarea><br>
<input type="submit" value="Send comment"></p>
</form>
</td>
<td width="240" class="rightcol">
<div class="ad" id="ad-sky"><font size="1">ADVERTISEMENT</font><br><a href="/subscribe.html"><b>{esc(o['ad'])}</b></a></div>
<table border="0" width="100%"><tr><td><b>Most read</b></td></tr>
<tr><td><a href="/mostread1.html">Fog disrupts ferry services on the estuary</a></td></tr>
<tr><td><a href="/mostread2.html">Letters: In defence of the village post office</a></td></tr>
</table>
</td>
</tr>
<tr><td colspan="3" align="center"><hr><font size="1">{esc(a['footer'])} | <a href="/privacy.html">Privacy</a> | <a href="/contact.html">Contact us</a></font></td></tr>
</table>
</body>
</html>
"""


# ---------------------------------------------------------------- T3: Chinese portal div soup
def t_cn_divsoup(a, o):
    nav = "\n".join(f'<li><a href="//{o["domain"]}/{i}/">{esc(n)}</a></li>' for i, n in enumerate(o["nav"]))
    related = "\n".join(f'<li><a href="{h}" target="_blank">{esc(t)}</a></li>' for t, h in a["related"])
    body = "\n".join(f'<p style="text-indent:2em;">{esc(p)}</p>' for p in a["paras"])
    return f"""<!DOCTYPE html>
<html>
<head>
{a['charset_decl']}
<title>{esc(a['title'])}_{esc(o['name'])}</title>
<meta name="keywords" content="{esc_attr(a['keywords'])}">
<meta name="description" content="{esc_attr(a['standfirst'])}">
<meta name="author" content="{esc_attr(a['author'])}">
<meta property="og:site_name" content="{esc_attr(o['name'])}">
<meta property="og:title" content="{esc_attr(a['title'])}">
<link rel="canonical" href="{a['canonical']}">
<link rel="stylesheet" href="//static.{o['domain']}/css/article_v3.css">
<script src="//static.{o['domain']}/js/jquery.min.js"></script>
<script>
var _hmt = _hmt || [];
(function() {{ var hm = document.createElement("script"); hm.src = "//hm.stats.example/hm.js?{o['asset']}"; var s = document.getElementsByTagName("script")[0]; s.parentNode.insertBefore(hm, s); }})();
</script>
</head>
<body>
<div class="top_bar"><div class="w1000"><span class="fl">{esc(o['topbar'])}</span><span class="fr"><a href="//{o['domain']}/login">登录</a> | <a href="//{o['domain']}/reg">注册</a> | <a href="//{o['domain']}/app">客户端</a></span></div></div>
<div class="header w1000"><a class="logo" href="//{o['domain']}/"><img src="//static.{o['domain']}/img/logo.png" alt="{esc_attr(o['name'])}"></a><div class="search_box"><input type="text" placeholder="搜索新闻"><button>搜索</button></div></div>
<div class="nav_main"><ul class="w1000 clearfix">
{nav}
</ul></div>
<div class="w1000 clearfix">
<div class="weizhi">当前位置：<a href="//{o['domain']}/">首页</a> &gt; <a href="//{o['domain']}/{a['section']}/">{esc(a['section_name'])}</a> &gt; 正文</div>
<div class="left_con fl">
<div class="article_title"><h1>{esc(a['title'])}</h1></div>
<div class="info clearfix"><span class="time">{esc(a['date_line'])}</span><span class="bianji">责任编辑：{esc(a['editor'])}</span></div>
<div class="fenxiang clearfix">分享到：<a class="wx" href="javascript:;">微信</a><a class="wb" href="//service.weibo.example/share?url={a['canonical']}">微博</a><a class="qq" href="javascript:;">QQ空间</a><a class="copy" href="javascript:;">复制链接</a></div>
<div class="article_content" id="articleContent">
{body}
</div>
<div class="ad ad_box" id="ad_article_bottom"><a href="//ad.{o['domain']}/c?id=2231"><img src="//ad.{o['domain']}/img/banner_640x90.jpg" alt="广告"></a><span class="ad_tag">广告</span><p>{esc(o['ad'])}</p></div>
<div class="xgxw"><h3>相关新闻</h3><ul>
{related}
</ul></div>
<div class="pinglun" id="comment"><h3>网友评论</h3><p class="tip">{esc(o['comment_prompt'])}</p><textarea placeholder="说两句吧……"></textarea><button class="btn_submit">发表评论</button><p class="num">已有<em>36</em>人参与</p></div>
</div>
<div class="right_con fr">
<div class="ad side_ad"><span>广告</span><a href="//ad.{o['domain']}/c?id=2232"><img src="//ad.{o['domain']}/img/side_300x250.jpg" alt="广告"></a></div>
<div class="phb"><h3>点击排行</h3><ol><li><a href="//{o['domain']}/r/1">{esc(o['rank'][0])}</a></li><li><a href="//{o['domain']}/r/2">{esc(o['rank'][1])}</a></li><li><a href="//{o['domain']}/r/3">{esc(o['rank'][2])}</a></li></ol></div>
</div>
</div>
<div class="cookie_tip" id="cookieTip"><p>{esc(o['cookie'])}</p><a href="javascript:;" class="agree">同意</a><a href="//{o['domain']}/privacy">隐私政策</a></div>
<div class="footer"><div class="w1000"><p><a href="//{o['domain']}/about">关于我们</a> | <a href="//{o['domain']}/contact">联系我们</a> | <a href="//{o['domain']}/ads">广告服务</a> | <a href="//{o['domain']}/jobs">招聘英才</a></p><p>{esc(a['footer'])}</p><p>{esc(o['icp'])}</p></div></div>
<script>
$(function(){{ $('#cookieTip .agree').click(function(){{ $('#cookieTip').hide(); document.cookie='ck_ok=1;path=/'; }}); }});
</script>
</body>
</html>
"""


# ---------------------------------------------------------------- T4: Chinese XHTML 1.0 portal
def t_cn_xhtml(a, o):
    sep = o.get("sep", "|")
    nav = f" {sep} ".join(f'<a href="/{i:02d}/index.shtml">{esc(n)}</a>' for i, n in enumerate(o["nav"]))
    related = "\n".join(f'<li><span>{esc(a["related_dates"][i])}</span><a href="{h}">{esc(t)}</a></li>' for i, (t, h) in enumerate(a["related"]))
    body = "\n".join(f"<p>　　{esc(p)}</p>" for p in a["paras"])
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
{a['charset_decl']}
<title>{esc(a['title'])}--{esc(o['name'])}</title>
<meta name="author" content="{esc_attr(a['author'])}" />
<meta name="description" content="{esc_attr(a['standfirst'])}" />
<meta property="og:site_name" content="{esc_attr(o['name'])}" />
<link rel="canonical" href="{a['canonical']}" />
<link href="/css/2019/news.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/js/common.js"></script>
{_ld(a, o)}
</head>
<body>
<div id="header">
  <div class="logo"><a href="/"><img src="/images/logo_{o['asset']}.gif" alt="{esc_attr(o['name'])}" /></a></div>
  <div class="toplink"><a href="/rss/">RSS订阅</a> <a href="/m/">手机版</a> <a href="/en/">English</a></div>
</div>
<div id="menu">{nav}</div>
<div class="position">您的位置：<a href="/">首页</a> &gt;&gt; <a href="/{a['section']}/">{esc(a['section_name'])}</a> &gt;&gt; 正文</div>
<div id="cookie_notice" class="cookie"><span>{esc(o['cookie'])}</span> <input type="button" value="我知道了" onclick="document.getElementById('cookie_notice').style.display='none'" /></div>
<div class="wrapper">
  <div class="main_left">
    <h1 class="title">{esc(a['title'])}</h1>
    <div class="source">{esc(a['date_line'])}</div>
    <div class="share"><span>分享：</span><a href="javascript:void(0)" class="icon_wechat">微信</a><a href="javascript:void(0)" class="icon_weibo">微博</a><a href="javascript:window.print()">打印本页</a><a href="javascript:void(0)" onclick="fontZoom(16)">字号：大</a></div>
    <div id="ArticleContent" class="content">
{body}
    </div>
    <div class="editor">（责任编辑：{esc(a['editor'])}）</div>
    <div class="ad" id="adArticle">广告<br /><a href="/ad/click.aspx?id=88"><img src="/ad/hengfu_660x80.jpg" alt="{esc_attr(o['ad'])}" /></a></div>
    <div class="xgyd"><h3>相关阅读</h3><ul>
{related}
    </ul></div>
    <div class="comment"><h3>网友评论</h3><form action="/comment/post.aspx" method="post"><p>{esc(o['comment_prompt'])}</p><textarea name="content" cols="80" rows="5"></textarea><br /><input type="submit" value="提交评论" /> <span>匿名发表 <input type="checkbox" name="anon" /></span></form></div>
  </div>
  <div class="main_right">
    <div class="ad">广告</div>
    <div class="box"><h3>图片新闻</h3><ul><li><a href="/pic/1.shtml">{esc(o['rank'][0])}</a></li><li><a href="/pic/2.shtml">{esc(o['rank'][1])}</a></li></ul></div>
  </div>
</div>
<div id="footer">
  <p><a href="/about/">关于本站</a> {sep} <a href="/about/contact.shtml">联系方式</a> {sep} <a href="/about/copyright.shtml">版权声明</a></p>
  <p>{esc(a['footer'])}</p>
  <p>{esc(o['icp'])}</p>
</div>
<script type="text/javascript">
//<![CDATA[
var pageInfo = {{ id: "{a['slug']}", channel: "{a['section']}" }};
if (typeof(stat) != "undefined") {{ stat.send(pageInfo); }}
//]]>
</script>
</body>
</html>
"""


# ---------------------------------------------------------------- T5: modern semantic Chinese
def t_cn_modern(a, o):
    nav = "\n".join(f'        <a class="nav-link" href="/{k}">{esc(n)}</a>' for k, n in o["nav"])
    related = "\n".join(f'        <li class="rel-item"><a href="{h}">{esc(t)}</a></li>' for t, h in a["related"])
    body = "\n".join(f'      <p data-pid="{i}">{esc(p)}</p>' for i, p in enumerate(a["paras"], 1))
    return f"""<!doctype html>
<html lang="{a['lang']}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width,initial-scale=1">
  <title>{esc(a['title'])} - {esc(o['name'])}</title>
  <meta name="author" content="{esc_attr(a['author'])}">
  <meta property="og:site_name" content="{esc_attr(o['name'])}">
  <meta property="og:title" content="{esc_attr(a['title'])}">
  <meta property="og:url" content="{a['canonical']}">
  <link rel="canonical" href="{a['canonical']}">
  <link rel="preload" href="/_next/static/css/{o['asset']}.css" as="style">
  {_ld(a, o)}
  <script>self.__APP_STATE__ = {{"route":"/article/{a['slug']}","theme":"light","ab":"b"}};</script>
</head>
<body>
  <div id="__app">
    <header class="hd">
      <a class="hd-logo" href="/">{esc(o['name'])}</a>
      <nav class="hd-nav">
{nav}
      </nav>
    </header>
    <div class="crumb"><a href="/">首页</a><span>/</span><a href="/{a['section']}">{esc(a['section_name'])}</a><span>/</span><span>正文</span></div>
    <article class="article" data-article-id="{a['slug']}">
      <h1 class="article-title">{esc(a['title'])}</h1>
      <div class="article-meta"><time datetime="{a['published_iso']}">{esc(a['date_line'])}</time><span class="article-author">{esc(a['byline'])}</span></div>
      <div class="toolbar"><button class="tb-share" data-to="wechat">分享到微信</button><button class="tb-share" data-to="weibo">分享到微博</button><button class="tb-fav">收藏</button><button class="tb-font">A+</button></div>
      <section class="article-body">
{body}
      </section>
      <p class="article-editor">编辑：{esc(a['editor'])}</p>
    </article>
    <div class="ad" data-slot="feed-1"><em class="ad-mark">广告</em><a href="https://ad.example/land?s={o['asset']}">{esc(o['ad'])}</a></div>
    <section class="rel">
      <h2 class="rel-title">相关文章</h2>
      <ul>
{related}
      </ul>
    </section>
    <section class="cmt" id="comments">
      <h2>评论</h2>
      <div class="cmt-box"><textarea placeholder="{esc_attr(o['comment_prompt'])}"></textarea><p class="cmt-hint">{esc(o['comment_prompt'])}</p><button>发布</button></div>
      <p class="cmt-empty">暂无评论，快来抢沙发</p>
    </section>
    <footer class="ft">
      <p class="ft-links"><a href="/about">关于我们</a><a href="/join">加入我们</a><a href="/feedback">意见反馈</a></p>
      <p class="ft-copy">{esc(a['footer'])}</p>
    </footer>
    <div class="consent" role="dialog"><p>{esc(o['cookie'])}</p><button class="consent-ok">接受</button><button class="consent-no">拒绝</button></div>
  </div>
  <script src="/_next/static/chunks/main-{o['asset']}.js" async></script>
</body>
</html>
"""


# ---------------------------------------------------------------- T6: Hong Kong style (zh-Hant)
def t_hant_portal(a, o):
    nav = "".join(f'<li class="menu-item"><a href="/{i}">{esc(n)}</a></li>' for i, n in enumerate(o["nav"], 1))
    related = "\n".join(f'<div class="related-item"><a href="{h}">{esc(t)}</a></div>' for t, h in a["related"])
    body = "\n".join(f"<p>{esc(p)}</p>" for p in a["paras"])
    return f"""<!DOCTYPE html>
<html lang="zh-HK">
<head>
{a['charset_decl']}
<title>{esc(a['title'])}｜{esc(o['name'])}</title>
<meta name="author" content="{esc_attr(a['author'])}">
<meta property="og:site_name" content="{esc_attr(o['name'])}">
<meta property="og:title" content="{esc_attr(a['title'])}">
<meta property="og:locale" content="zh_HK">
<link rel="canonical" href="{a['canonical']}">
<link rel="stylesheet" href="/assets/ht-{o['asset']}.css">
<script async src="https://securepubads.example/tag/js/gpt.js"></script>
<script>var googletag = googletag || {{}}; googletag.cmd = googletag.cmd || []; var htSection = "{a['section']}";</script>
{_ld(a, o)}
</head>
<body class="ht-article">
<div class="ht-topbar">{esc(o['topbar'])}</div>
<div class="ht-header"><div class="ht-logo"><a href="/">{esc(o['name'])}</a></div>
<ul class="ht-menu">{nav}</ul></div>
<div class="ht-breadcrumb"><a href="/">主頁</a> › <a href="/{a['section']}">{esc(a['section_name'])}</a> › 新聞</div>
<div class="ht-container">
<div class="ht-main">
<div class="ht-article-head">
<h1>{esc(a['title'])}</h1>
<div class="ht-date">{esc(a['date_line'])}</div>
<div class="ht-share"><a class="s-fb" href="https://www.facebook.com/sharer/sharer.php?u={a['canonical']}">分享</a><a class="s-wa" href="https://wa.me/?text={a['canonical']}">WhatsApp</a><a class="s-print" href="javascript:print()">列印</a></div>
</div>
<div class="ht-article-body" id="ht-body">
{body}
</div>
<div class="ad ht-ad-inread">廣告<div id="div-gpt-ad-inread"></div><p>{esc(o['ad'])}</p></div>
<div class="ht-related"><div class="ht-related-title">相關新聞</div>
{related}
</div>
<div class="ht-comments"><div class="ht-comments-title">讀者留言</div><p>{esc(o['comment_prompt'])}</p><form><textarea></textarea><input type="submit" value="提交"></form></div>
</div>
<div class="ht-side"><div class="ad">廣告</div><div class="ht-hot"><div>熱門</div><a href="/hot/1">{esc(o['rank'][0])}</a><a href="/hot/2">{esc(o['rank'][1])}</a></div></div>
</div>
<div class="ht-cookie" id="htCookie">{esc(o['cookie'])}<button onclick="document.getElementById('htCookie').style.display='none'">我明白</button></div>
<div class="ht-footer"><p><a href="/about">關於我們</a>｜<a href="/privacy">私隱政策</a>｜<a href="/terms">使用條款</a>｜<a href="/advertise">廣告查詢</a></p><p>{esc(a['footer'])}</p></div>
</body>
</html>
"""


# ---------------------------------------------------------------- T7: English div soup
def t_divsoup_en(a, o):
    e = esc_entities if o.get("entities") else esc
    nav = "".join(f'<div class="menu__item"><a class="menu__link" href="/c/{n.lower().replace(" ", "-")}">{esc(n)}</a></div>' for n in o["nav"])
    related = "\n".join(f'<div class="rel-card"><a class="rel-card__link" href="{h}"><div class="rel-card__title">{esc(t)}</div></a></div>' for t, h in a["related"])
    body = "\n".join(f'<div class="paragraph"><p>{e(p)}</p></div>' for p in a["paras"])
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{esc(a['title'])} – {esc(o['name'])}</title>
<meta name="author" content="{esc_attr(a['author'])}">
<meta property="og:site_name" content="{esc_attr(o['name'])}">
<meta property="og:title" content="{esc_attr(a['title'])}">
<meta name="twitter:card" content="summary_large_image">
<link rel="canonical" href="{a['canonical']}">
<link rel="stylesheet" href="/wp-content/themes/{o['asset']}/style.css?ver=5.8.2">
<script>var wpData = {{"ajaxurl":"\\/wp-admin\\/admin-ajax.php","postId":"{a['post_id']}"}};</script>
{_ld(a, o)}
</head>
<body class="post-template-default single single-post postid-{a['post_id']}">
<div class="site-wrapper">
<div class="top-strip"><div class="container"><span class="top-strip__date">{esc(o['topbar'])}</span><a class="top-strip__subscribe" href="/subscribe">Subscribe</a><a href="/login">Sign in</a></div></div>
<div class="site-header"><div class="container"><div class="site-logo"><a href="/">{esc(o['name'])}</a></div>
<div class="menu">{nav}</div></div></div>
<div class="container">
<div class="crumbs"><a href="/">Home</a> / <a href="/c/{a['section']}">{esc(a['section_name'])}</a> / <span>{esc(a['title'])}</span></div>
<div class="row">
<div class="col-main">
<div class="post">
<div class="post__header">
<div class="post__kicker">{esc(a['section_name'])}</div>
<h1 class="post__title">{esc(a['title'])}</h1>
<div class="post__meta"><span class="post__author">By {esc(a['author'])}</span> <span class="post__date">{esc(a['date_line'])}</span></div>
<div class="social-share"><a class="ss ss-fb" href="#">Share</a><a class="ss ss-tw" href="#">Tweet</a><a class="ss ss-wa" href="#">WhatsApp</a><a class="ss ss-copy" href="#">Copy link</a></div>
</div>
<div class="post__content entry-content">
{body}
</div>
<div class="post__tags"><a href="/tag/{a['section']}">{esc(a['section_name'])}</a></div>
</div>
<div class="ad ad--inline"><div class="ad__label">Advertisement</div><div class="ad__slot" id="ad-inline-1">{esc(o['ad'])}</div></div>
<div class="related-posts"><div class="related-posts__heading">Related articles</div>
{related}
</div>
<div id="respond" class="comment-respond"><h3 class="comment-reply-title">Leave a Reply</h3><p class="comment-notes">{esc(o['comment_prompt'])}</p>
<form id="commentform" class="comment-form" method="post" action="/wp-comments-post.php"><textarea id="comment" name="comment" cols="45" rows="8"></textarea><input name="author" placeholder="Name*"><input name="email" placeholder="Email*"><input type="submit" class="submit" value="Post Comment"></form></div>
</div>
<div class="col-side"><div class="widget widget--newsletter"><div class="widget__title">Newsletter</div><p>Get the morning briefing in your inbox.</p></div><div class="ad ad--side">Advertisement</div>
<div class="widget widget--popular"><div class="widget__title">Most popular</div><a href="/p/1">{esc(o['rank'][0])}</a><a href="/p/2">{esc(o['rank'][1])}</a></div></div>
</div>
</div>
<div class="site-footer"><div class="container"><div class="footer-menu"><a href="/about">About</a> · <a href="/advertise">Advertise</a> · <a href="/privacy-policy">Privacy Policy</a> · <a href="/contact">Contact</a></div><div class="footer-copy">{esc(a['footer'])}</div></div></div>
<div id="gdpr-bar" class="gdpr-bar"><div class="gdpr-bar__text">{esc(o['cookie'])}</div><button class="gdpr-bar__accept">OK</button></div>
</div>
<script src="/wp-includes/js/jquery/jquery.min.js?ver=3.6.0"></script>
<script>jQuery('.gdpr-bar__accept').on('click', function () {{ jQuery('#gdpr-bar').hide(); }});</script>
</body>
</html>
"""


# ---------------------------------------------------------------- T8: old table layout, zh-Hant, no charset
def t_hant_table(a, o):
    nav = "　".join(f'<a href="/news/{i}.htm">{esc(n)}</a>' for i, n in enumerate(o["nav"], 1))
    related = "\n".join(f'<tr><td>■</td><td><a href="{h}">{esc(t)}</a></td></tr>' for t, h in a["related"])
    body = "\n".join(f"<p>{esc(p)}</p>" for p in a["paras"])
    return f"""<html>
<head>
<title>{esc(a['title'])} - {esc(o['name'])}</title>
<meta name="author" content="{esc_attr(a['author'])}">
<meta property="og:site_name" content="{esc_attr(o['name'])}">
<link rel="canonical" href="{a['canonical']}">
<script language="JavaScript">
<!--
function closeCk() {{ document.getElementById('ck').style.display = 'none'; }}
//-->
</script>
</head>
<body topmargin="0" leftmargin="0">
<table width="100%" cellspacing="0" cellpadding="0" border="0">
<tr><td bgcolor="#003366"><font color="#ffffff" size="4"><b>{esc(o['name'])}</b></font></td></tr>
<tr><td bgcolor="#cccccc"><font size="2">{nav}</font></td></tr>
<tr><td><font size="2">現在位置：<a href="/">首頁</a> &gt; <a href="/{a['section']}/">{esc(a['section_name'])}</a></font></td></tr>
</table>
<div id="ck" style="background:#ffffcc;border:1px solid #999;padding:4px"><font size="2">{esc(o['cookie'])}</font> <a href="javascript:closeCk()">關閉</a></div>
<table width="780" cellspacing="0" cellpadding="6" border="0" align="center">
<tr valign="top">
<td width="560">
<font size="5"><b>{esc(a['title'])}</b></font><br>
<font size="2" color="#666666">{esc(a['date_line'])}</font><br>
<font size="2"><a href="/mail.asp?id={a['slug']}">轉寄好友</a>　<a href="/print.asp?id={a['slug']}">列印</a>　<a href="https://www.facebook.com/sharer.php?u={a['canonical']}">分享到臉書</a></font>
<hr size="1">
<font size="3">
{body}
</font>
<hr size="1">
<table width="100%" cellpadding="2" cellspacing="0" border="0" bgcolor="#eef3f8">
<tr><td colspan="2"><b>延伸閱讀</b></td></tr>
{related}
</table>
<br>
<table width="100%" border="0" cellpadding="2"><tr><td><b>讀者回應</b></td></tr>
<tr><td><font size="2">{esc(o['comment_prompt'])}</font></td></tr>
<tr><td><form method="post" action="/cgi-bin/reply.cgi"><textarea name="msg" rows="4" cols="60"></textarea><br><input type="submit" value="送出"></form></td></tr></table>
</td>
<td width="220" bgcolor="#f5f5f5">
<div class="ad"><font size="1">廣告</font><br><a href="/ad/go.asp?n=5">{esc(o['ad'])}</a></div>
<br><b>即時新聞</b><br><font size="2"><a href="/rt/1.htm">{esc(o['rank'][0])}</a><br><a href="/rt/2.htm">{esc(o['rank'][1])}</a></font>
</td>
</tr>
</table>
<table width="100%" bgcolor="#003366"><tr><td align="center"><font color="#ffffff" size="2">{esc(a['footer'])}</font></td></tr></table>
</body>
</html>
"""


# ---------------------------------------------------------------- plain-text captures
def t_txt(a, o):
    """Plain-text capture: lines of chrome around the article, like a copy-paste from a browser."""
    lines = list(a["txt_head"]) + [""]
    for i, p in enumerate(a["paras"]):
        lines.append(p)
        lines.append("")
        if i == a.get("see_also_after", -1):
            lines.append(a["see_also"])
            lines.append("")
    lines += list(a["txt_tail"])
    return "\n".join(lines) + "\n"


TEMPLATES = {
    "semantic_en": t_semantic_en,
    "table_en": t_table_en,
    "cn_divsoup": t_cn_divsoup,
    "cn_xhtml": t_cn_xhtml,
    "cn_modern": t_cn_modern,
    "hant_portal": t_hant_portal,
    "divsoup_en": t_divsoup_en,
    "hant_table": t_hant_table,
    "txt": t_txt,
}
