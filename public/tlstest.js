/*
 * tlstest client script. It must run in the old browsers this page exists for (IE 6-10, Android 2-4, Safari 5,
 * Opera 12, Firefox 3.6): ES3 syntax only, no JSON, no addEventListener without attachEvent, no
 * querySelector, no Array extras, no fetch/XHR.
 *
 * The test: on window load, load a tiny image from each HTTPS probe the page lists (the service's own policy,
 * a control policy that accepts TLS 1.0-1.3, and one policy per TLS version). onload means that TLS handshake
 * (and certificate check) worked, onerror that it failed; a timer ends a probe that never answers (a firewall
 * that drops packets would otherwise keep it waiting for about 30 seconds). The outcomes then go to the server,
 * whose diagnosis (a script answer: same origin, no JSON needed) says pass / fail-protocol / fail-blocked /
 * unknown, with the protocol matrix and notes; the page shows the matching block, already rendered by the server.
 */
(function () {
  var doc = document;
  var root = doc.documentElement;
  var result = doc.getElementById('result');
  if (!result) {
    return;
  }
  root.className = root.className ? root.className + ' js' : 'js';
  show('r-pending', true);
  show('copy-line', true);
  if (doc.getElementById('steps')) {
    doc.getElementById('steps').style.display = 'none';
  }

  var PROBES = ['policy', 'legacy', 'tls10', 'tls11', 'tls12', 'tls13'];
  var outcomes = {};
  var pending = 0;
  var finished = false;
  var runId = '';
  var beacon;

  function byId(id) {
    return doc.getElementById(id);
  }

  /* Show or hide by class (old browsers) and by the hidden attribute (readable without the stylesheet too). */
  function show(id, visible) {
    var el = byId(id);
    if (el) {
      el.className = el.className.replace(/(^|\s)hide(\s|$)/g, ' ').replace(/^\s+|\s+$/g, '') + (visible ? '' : ' hide');
      if (visible) {
        el.removeAttribute('hidden');
      } else {
        el.setAttribute('hidden', 'hidden');
      }
    }
  }

  function setText(el, text) {
    while (el.firstChild) {
      el.removeChild(el.firstChild);
    }
    el.appendChild(doc.createTextNode(text));
  }

  function isTouchMac() {
    var nav = window.navigator;
    return /Macintosh/.test(nav.userAgent) && (('ontouchend' in doc) || (nav.maxTouchPoints > 1));
  }

  function newId() {
    var chars = '0123456789abcdefghijklmnopqrstuvwxyz';
    var id = '';
    for (var i = 0; i < 16; i++) {
      id += chars.charAt(Math.floor(Math.random() * chars.length));
    }
    return id;
  }

  function addQuery(url, query) {
    return url + (url.indexOf('?') >= 0 ? '&' : '?') + query;
  }

  /* Show the verdict `d` (the server's diagnosis, or a bare {verdict: 'unknown'}). */
  function finish(d) {
    if (finished) {
      return;
    }
    finished = true;
    var verdict = d.verdict;
    show('r-pending', false);
    show('r-' + verdict, true);
    var steps = byId('steps');
    if (steps) {
      steps.style.display = verdict === 'fail-protocol' ? 'block' : 'none';
    }
    if (verdict !== 'pass' && byId('steps-touch') && isTouchMac()) {
      show('steps-main', false);
      show('steps-touch', true);
    }
    var matrix = d.matrix || {};
    var names = ['tls10', 'tls11', 'tls12', 'tls13'];
    for (var i = 0; i < names.length; i++) {
      var value = matrix[names[i]];
      var cell = byId('m-' + names[i]);
      if (value) {
        result.setAttribute('data-' + names[i], value);
        if (cell) {
          setText(cell, cell.getAttribute('data-' + value) || value);
          cell.className = 'm-' + value;
        }
      }
    }
    // The matrix only when the per-version probes ran (a page opened by IP address without probe ports has none).
    if (d.matrix && result.getAttribute('data-probe-tls12')) {
      show('matrix', true);
    }
    if (d.reference && d.summary) {
      setText(byId('reference'), d.reference);
      byId('summary-text').value = d.summary;
      show('summary-box', true);
      if (canCopy()) {
        show('copy', true);
        byId('copy').onclick = copySummary;
      }
    }
    var notes = byId('notes');
    var lines = (d.reasons || []).concat(d.notes || []);
    if (notes && lines.length) {
      for (var j = 0; j < lines.length; j++) {
        var li = doc.createElement('li');
        li.appendChild(doc.createTextNode(lines[j]));
        notes.appendChild(li);
      }
      show('notes-box', true);
    }
    result.setAttribute('data-verdict', verdict);
    if (progressTimer) {
      clearInterval(progressTimer);
    }
    // Tell screen readers: the live region gets the verdict's own words.
    var box = byId('r-' + verdict);
    var announce = byId('announce');
    if (box && announce) {
      setText(announce, textOf(box.getElementsByTagName('p')[0]));
    }
    // Report the verdict for the operators' counts (server/routes/beacon.ts). The image is kept in a variable:
    // old IE may drop the request of an image nothing refers to.
    var b = result.getAttribute('data-beacon-url');
    if (b) {
      beacon = new Image();
      beacon.src = addQuery(b, 'id=' + runId + '&verdict=' + verdict);
    }
  }

  function textOf(el) {
    var text = '';
    for (var c = el ? el.firstChild : null; c; c = c.nextSibling) {
      text += c.nodeType === 3 ? c.nodeValue : textOf(c);
    }
    return text.replace(/\s+/g, ' ').replace(/^\s+|\s+$/g, '');
  }

  function canCopy() {
    return !!(window.clipboardData || doc.queryCommandSupported);
  }

  /* Copy the summary: IE's clipboardData, else select the text box and ask the browser to copy it. */
  function copySummary() {
    var box = byId('summary-text');
    var ok = false;
    try {
      if (window.clipboardData) {
        ok = window.clipboardData.setData('Text', box.value);
      } else {
        box.focus();
        box.select();
        ok = doc.execCommand('copy');
      }
    } catch (e) {
      ok = false;
    }
    if (!ok) {
      box.focus();
      box.select();
    }
    show('copied', ok);
    return false;
  }

  /* Progress: name what is still being checked, fill the bar, and never stay silent for more than a second. */
  var progressTimer = null;
  var started = 0;
  var total = 0;

  function progress() {
    var pendingBox = byId('r-pending');
    var line = byId('progress-text');
    var fill = byId('bar-fill');
    if (!pendingBox || !line) {
      return;
    }
    var seconds = Math.floor((new Date().getTime() - started) / 1000);
    var text;
    if (pending === 0) {
      text = pendingBox.getAttribute('data-analysing');
    } else if (seconds >= 2) {
      text = pendingBox.getAttribute('data-still').replace('{seconds}', String(seconds));
    } else {
      var what = '';
      for (var i = 0; i < PROBES.length; i++) {
        if (result.getAttribute('data-probe-' + PROBES[i]) && !outcomes[PROBES[i]]) {
          what = result.getAttribute('data-label-' + PROBES[i]);
          break;
        }
      }
      text = pendingBox.getAttribute('data-checking').replace('{what}', what);
    }
    setText(line, text);
    if (fill && total > 0) {
      fill.style.width = Math.round((100 * (total - pending)) / (total + 1)) + '%';
    }
  }

  /* Ask the server for the diagnosis: a script element from the same origin calls window.tlstestDiagnosis. */
  function diagnose() {
    var query = 'id=' + runId + '&lang=' + (result.getAttribute('data-lang') || 'en') + '&touch=' + (isTouchMac() ? '1' : '0');
    for (var i = 0; i < PROBES.length; i++) {
      if (outcomes[PROBES[i]]) {
        query += '&' + PROBES[i] + '=' + outcomes[PROBES[i]];
      }
    }
    var timer = setTimeout(function () {
      finish({ verdict: 'unknown' });
    }, 5000);
    window.tlstestDiagnosis = function (d) {
      clearTimeout(timer);
      finish(d);
    };
    var script = doc.createElement('script');
    script.type = 'text/javascript';
    script.src = addQuery(result.getAttribute('data-diagnosis-url'), query + '&callback=tlstestDiagnosis');
    (doc.getElementsByTagName('head')[0] || root).appendChild(script);
  }

  function probeDone(name, outcome) {
    if (outcomes[name]) {
      return;
    }
    outcomes[name] = outcome;
    pending--;
    var label = byId('p-' + name);
    if (label) {
      label.className = 'p-done';
    }
    progress();
    if (pending === 0) {
      diagnose();
    }
  }

  function probe(name, url, timeoutMs) {
    var img = new Image();
    var timer = setTimeout(function () {
      img.onload = img.onerror = null;
      probeDone(name, 'timeout');
    }, timeoutMs);
    img.onload = function () {
      clearTimeout(timer);
      probeDone(name, 'ok');
    };
    img.onerror = function () {
      clearTimeout(timer);
      probeDone(name, 'failed');
    };
    img.src = addQuery(url, 'id=' + runId + '&r=' + new Date().getTime());
  }

  function start() {
    var timeout = parseInt(result.getAttribute('data-timeout-ms'), 10) || 10000;
    var urls = [];
    runId = newId();
    for (var i = 0; i < PROBES.length; i++) {
      var url = result.getAttribute('data-probe-' + PROBES[i]);
      if (url) {
        urls.push([PROBES[i], url]);
      }
    }
    pending = urls.length;
    total = urls.length;
    if (pending === 0) {
      finish({ verdict: 'unknown' });
      return;
    }
    started = new Date().getTime();
    progress();
    progressTimer = setInterval(progress, 1000);
    for (var j = 0; j < urls.length; j++) {
      probe(urls[j][0], urls[j][1], timeout);
    }
  }

  // Start on window load: a probe started earlier would delay the load event by its own duration.
  if (window.addEventListener) {
    window.addEventListener('load', start, false);
  } else if (window.attachEvent) {
    window.attachEvent('onload', start);
  } else {
    var previous = window.onload;
    window.onload = function () {
      if (previous) {
        previous();
      }
      start();
    };
  }
})();
