// The pages' style sheet and script: small, written out here, served from memory.

/** The style sheet of every page (screen, phone and A4 print). */
export const STYLE = `
:root{--ok:#2e7d32;--ok-bg:#e8f5e9;--wip:#b26a00;--wip-bg:#fff4e0;--miss:#c62828;--miss-bg:#fdecea;--line:#d9dde3;--muted:#5f6773;--accent:#1f4e9c}
*{box-sizing:border-box}
body{margin:0;font:15px/1.6 "Noto Sans CJK SC","Source Han Sans SC","Microsoft YaHei","PingFang SC",sans-serif;color:#1d2330;background:#f5f6f8}
a{color:var(--accent);text-decoration:none}a:hover{text-decoration:underline}
header.top{background:#173a73;color:#fff;padding:0 16px;display:flex;flex-wrap:wrap;align-items:center;gap:4px 18px}
header.top .brand{font-weight:700;font-size:16px;padding:10px 0;color:#fff}
header.top nav{display:flex;flex-wrap:wrap;gap:2px}
header.top nav a{color:#dfe7f5;padding:10px 10px;display:block}
header.top nav a.on{color:#fff;border-bottom:3px solid #ffcc4d;padding-bottom:7px}
header.top .who{margin-left:auto;font-size:13px;color:#dfe7f5;display:flex;gap:8px;align-items:center}
header.top .who button{font-size:13px;padding:2px 8px}
main{max-width:1280px;margin:0 auto;padding:16px}
h1{font-size:22px;margin:4px 0 12px}h2{font-size:18px;margin:22px 0 10px}h3{font-size:16px;margin:16px 0 8px}
.muted{color:var(--muted)}.small{font-size:13px}
.cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(130px,1fr));gap:10px}
.card{background:#fff;border:1px solid var(--line);border-radius:6px;padding:10px 14px}
.card .n{font-size:26px;font-weight:700}.card .l{color:var(--muted);font-size:13px}
.card.ok .n{color:var(--ok)}.card.wip .n{color:var(--wip)}.card.miss .n{color:var(--miss)}
.panel{background:#fff;border:1px solid var(--line);border-radius:6px;padding:12px 16px;margin:12px 0}
.grid2{display:grid;grid-template-columns:1fr 1fr;gap:12px}
@media (max-width:900px){.grid2{grid-template-columns:1fr}}
.scroll{overflow-x:auto}
table{border-collapse:collapse;width:100%;background:#fff}
th,td{border-bottom:1px solid var(--line);padding:6px 8px;text-align:left;vertical-align:top}
th{background:#eef1f5;font-weight:600;white-space:nowrap}
td.num,th.num{text-align:right;white-space:nowrap}
.badge{display:inline-block;border-radius:10px;padding:0 8px;font-size:12px;line-height:20px;white-space:nowrap}
.s-complete{background:var(--ok-bg);color:var(--ok)}.s-in-progress{background:var(--wip-bg);color:var(--wip)}.s-missing{background:var(--miss-bg);color:var(--miss)}
.late{background:var(--miss);color:#fff}
.sev-error{color:var(--miss)}.sev-warning{color:var(--wip)}.sev-info{color:var(--muted)}
.tiles{display:grid;grid-template-columns:repeat(auto-fill,minmax(150px,1fr));gap:8px}
.tile{display:block;border-radius:6px;padding:6px 8px;border:1px solid var(--line);color:inherit;min-height:74px;font-size:13px;line-height:1.4}
.tile b{font-size:15px}.tile:hover{text-decoration:none;box-shadow:0 0 0 2px var(--accent)}
.tile.complete{background:var(--ok-bg);border-color:#a5d6a7}.tile.in-progress{background:var(--wip-bg);border-color:#ffcc80}.tile.missing{background:var(--miss-bg);border-color:#ef9a9a}
.tile.overdue{box-shadow:inset 4px 0 0 var(--miss)}
.tile .t{display:-webkit-box;-webkit-line-clamp:2;-webkit-box-orient:vertical;overflow:hidden}
form.filters{display:flex;flex-wrap:wrap;gap:8px 14px;align-items:end;background:#fff;border:1px solid var(--line);border-radius:6px;padding:10px 12px}
form.filters label{display:flex;flex-direction:column;font-size:13px;color:var(--muted)}
select,input,textarea,button{font:inherit}
select,input[type=text],input[type=date],input[type=password],textarea{border:1px solid #b9c0cb;border-radius:4px;padding:5px 8px;background:#fff;max-width:100%}
button,.button{background:var(--accent);color:#fff;border:0;border-radius:4px;padding:6px 14px;cursor:pointer;display:inline-block}
button.secondary,.button.secondary{background:#e6ebf2;color:#1d2330}
button:disabled{opacity:.6;cursor:wait}
.form-grid{display:grid;grid-template-columns:8em 1fr;gap:10px 12px;align-items:start}
.form-grid>label{padding-top:6px;font-weight:600}
@media (max-width:600px){.form-grid{grid-template-columns:1fr}.form-grid>label{padding-top:0}}
textarea{width:100%;min-height:160px}
.drop{border:2px dashed #9aa7b8;border-radius:6px;padding:16px;text-align:center;color:var(--muted);background:#fafbfc}
.vh{position:absolute;width:1px;height:1px;opacity:0;overflow:hidden}
.drop.over{border-color:var(--accent);background:#eef4ff}
.notice{border-left:4px solid var(--accent);background:#eef4ff;padding:8px 12px;margin:10px 0}
.notice.bad{border-color:var(--miss);background:var(--miss-bg)}.notice.good{border-color:var(--ok);background:var(--ok-bg)}
.diag{margin:4px 0}.diag .hint{color:var(--muted);margin-left:1.5em}
pre.src{background:#fff;border:1px solid var(--line);padding:0;overflow-x:auto;font-size:13px;line-height:1.5}
pre.src span.ln{display:block;padding:0 10px;white-space:pre-wrap}pre.src span.ln:target{background:#fff3bf}
pre.src span.ln::before{content:attr(data-n);display:inline-block;width:3em;color:#9aa3ad;user-select:none}
.body p{margin:6px 0;text-indent:2em}.body pre{white-space:pre-wrap;font-size:13px}
#live{font-size:12px;color:#dfe7f5}
.bar{display:flex;height:12px;border-radius:3px;overflow:hidden;background:#eee;min-width:80px}
.bar i{display:block}
@media (max-width:600px){main{padding:10px}h1{font-size:19px}header.top nav a{padding:8px 7px}th,td{padding:5px 6px}.hide-phone{display:none}}
@media print{header.top,.noprint,form.filters{display:none!important}body{background:#fff;font-size:12pt}main{max-width:none;padding:0}.panel{border:0;padding:0}@page{size:A4;margin:18mm 15mm}tr{break-inside:avoid}}
`;

/** The pages' script: live updates over server-sent events, filters that apply at once, the rebuild button, drag and drop. */
export const SCRIPT = `
(function(){
  var main=document.querySelector('main');
  var live=document.getElementById('live');
  function stamp(t){if(live)live.textContent=t;}
  function reloadMain(){
    fetch(location.href,{headers:{'X-Partial':'1'},credentials:'same-origin'}).then(function(r){return r.ok?r.text():null}).then(function(t){
      if(t===null)return;
      var d=document.createElement('div');d.innerHTML=t;var m=d.querySelector('main');if(!m)return;
      main.innerHTML=m.innerHTML;bind();stamp('已更新 '+new Date().toLocaleTimeString('zh-CN',{hour12:false}));
    });
  }
  if(window.EventSource&&document.body.dataset.live!=='none'){
    var es=new EventSource('/events');
    es.addEventListener('change',function(){
      if(document.body.dataset.live==='1')reloadMain();
      else{var n=document.getElementById('stale');if(n)n.hidden=false;}
    });
    es.addEventListener('progress',function(e){var s=document.getElementById('rebuild-status');if(s)s.textContent=e.data;});
    es.addEventListener('rebuilt',function(){reloadMain();});
    es.onopen=function(){stamp('实时更新中');};
    es.onerror=function(){stamp('连接中断，正在重连…');};
  }
  function bind(){
    document.querySelectorAll('form.filters select, form.filters input[type=checkbox]').forEach(function(el){
      el.addEventListener('change',function(){el.form.submit();});
    });
    var pr=document.getElementById('print');
    if(pr)pr.addEventListener('click',function(){window.print();});
    var rb=document.getElementById('rebuild');
    if(rb)rb.addEventListener('click',function(){
      rb.disabled=true;var s=document.getElementById('rebuild-status');if(s)s.textContent='正在生成…';
      fetch('/outputs/rebuild',{method:'POST',credentials:'same-origin',headers:{'X-CSRF-Token':rb.dataset.csrf}}).then(function(r){return r.json()}).then(function(j){
        if(s)s.textContent=j.message;rb.disabled=false;reloadMain();
      },function(){if(s)s.textContent='生成失败：与服务器的连接中断';rb.disabled=false;});
    });
    document.querySelectorAll('.drop').forEach(function(z){
      var input=z.querySelector('input[type=file]');var list=z.querySelector('.names');
      function show(){if(list)list.textContent=Array.prototype.map.call(input.files,function(f){return f.name}).join('、')||'';}
      input.addEventListener('change',show);
      z.addEventListener('dragover',function(e){e.preventDefault();z.classList.add('over');});
      z.addEventListener('dragleave',function(){z.classList.remove('over');});
      z.addEventListener('drop',function(e){e.preventDefault();z.classList.remove('over');
        var dt=new DataTransfer();if(input.multiple)Array.prototype.forEach.call(input.files,function(f){dt.items.add(f)});
        Array.prototype.forEach.call(e.dataTransfer.files,function(f){if(input.multiple||dt.items.length===0)dt.items.add(f)});input.files=dt.files;show();});
    });
  }
  bind();
})();
`;
