/**
 * The UI's one style sheet and one script, served from /ui/ (the CSP allows 'self' only). Kept as strings in
 * a module so that `tsc` builds carry them without a copy step.
 */
export const STYLE_CSS = `
:root{--ink:#1d2430;--muted:#5b6472;--line:#d9dee6;--accent:#1f5fbf;--mark:#fff1a8;--active:#ffc94d;--bg:#fbfbfc}
*{box-sizing:border-box}
body{margin:0;font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--ink);background:var(--bg)}
a{color:var(--accent)}
header.top{display:flex;gap:1.5rem;align-items:center;padding:.6rem 1.5rem;border-bottom:1px solid var(--line);background:#fff;position:sticky;top:0;z-index:2}
header.top .brand{font-weight:700;text-decoration:none;color:var(--ink);letter-spacing:.02em}
header.top nav a{margin-right:1rem;text-decoration:none}
header.top form.search{margin-left:auto;display:flex;gap:.3rem}
input[type=search]{padding:.35rem .5rem;border:1px solid var(--line);border-radius:4px;min-width:16rem;font:inherit}
button{font:inherit;padding:.35rem .7rem;border:1px solid var(--line);border-radius:4px;background:#fff;cursor:pointer}
main{max-width:60rem;margin:1.5rem auto;padding:0 1.5rem}
body.wide main{max-width:none}
h1{font-size:1.6rem;line-height:1.25;margin:.2rem 0 .8rem}
h2{font-size:1.15rem;margin:1.6rem 0 .5rem;border-bottom:1px solid var(--line);padding-bottom:.2rem}
h3{font-size:1rem;margin:1rem 0 .3rem}
.muted,small{color:var(--muted)}
.toggle a{margin-right:.8rem}
.toggle a.on{font-weight:700;color:var(--ink);text-decoration:none}
ol.stories{padding:0;list-style:none}
ol.stories li{padding:.7rem 0;border-bottom:1px solid var(--line)}
ol.stories .title{font-weight:600;font-size:1.05rem}
.live{font-size:.85rem;color:var(--muted)}
.story{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1fr);gap:2rem;align-items:start}
.briefing ul{padding-left:1.2rem}
.briefing li{margin:.35rem 0}
a.cite{font-size:.75rem;vertical-align:super;text-decoration:none;padding:0 .1rem;border-radius:3px}
a.cite:hover,a.cite.on{background:var(--mark)}
.single{color:#6a4d00;font-size:.85rem}
.sources{position:sticky;top:3.5rem;max-height:calc(100vh - 4.5rem);overflow:auto;border-left:1px solid var(--line);padding-left:1.2rem}
.source{margin-bottom:1.5rem}
.source h3{margin-bottom:.1rem}
.source .text{white-space:pre-wrap;font-family:Georgia,"Times New Roman",serif;font-size:.95rem;line-height:1.6}
mark{background:var(--mark);color:inherit;border-radius:2px}
mark.active,mark:target{background:var(--active);outline:2px solid #e0a000}
table{border-collapse:collapse;width:100%;font-size:.9rem}
td,th{border:1px solid var(--line);padding:.3rem .45rem;vertical-align:top;text-align:left}
th{background:#f1f3f6}
.hits li,.mentions li{margin:.8rem 0}
.snippet{color:#333}
.tags span{display:inline-block;background:#eef1f5;border-radius:3px;padding:0 .4rem;margin:0 .3rem .3rem 0;font-size:.85rem}
@media (max-width:900px){.story{grid-template-columns:1fr}.sources{position:static;max-height:none;border:0;padding:0}}
`;

/**
 * Progressive: the pages work without it (citations are plain #anchors, :target highlights). It adds the
 * active highlight and smooth scroll inside the sources panel, and reloads the story list when
 * /api/stories changes (new articles from a watcher). It never writes HTML: only classes and textContent.
 */
export const APP_JS = `'use strict';
(function () {
  function activate(id) {
    var target = document.getElementById(id);
    if (!target) return false;
    document.querySelectorAll('mark.active').forEach(function (m) { m.classList.remove('active'); });
    document.querySelectorAll('a.cite.on').forEach(function (a) { a.classList.remove('on'); });
    target.classList.add('active');
    target.scrollIntoView({ block: 'center', behavior: 'smooth' });
    return true;
  }
  document.addEventListener('click', function (event) {
    var link = event.target instanceof Element ? event.target.closest('a.cite') : null;
    if (!link) return;
    var id = (link.getAttribute('href') || '').replace(/^#/, '');
    if (activate(id)) {
      event.preventDefault();
      link.classList.add('on');
      history.replaceState(null, '', '#' + id);
    }
  });
  if (location.hash.length > 1) activate(decodeURIComponent(location.hash.slice(1)));

  var list = document.querySelector('[data-live]');
  if (list) {
    var url = list.getAttribute('data-live');
    var seen = list.getAttribute('data-signature');
    var status = document.getElementById('live-status');
    setInterval(function () {
      fetch(url, { headers: { accept: 'application/json' } })
        .then(function (r) { return r.ok ? r.json() : null; })
        .then(function (body) {
          if (!body) return;
          var now = body.stories.map(function (s) { return s.id + ':' + s.articleCount + ':' + s.updatedAt; }).join('|');
          if (now !== seen) {
            if (status) status.textContent = 'New articles: updating…';
            location.reload();
          }
        })
        .catch(function () { if (status) status.textContent = 'Live updates paused (server unreachable).'; });
    }, Number(list.getAttribute('data-every') || 5000));
  }
})();
`;
