/*
 * tlstest client script. It must run in the old browsers this page exists for (IE 6-10, Android 2-4, Safari 5,
 * Opera 12, Firefox 3.6): ES3 syntax only, no JSON, no addEventListener without attachEvent, no
 * querySelector, no Array extras, no fetch/XHR. The test itself is an image load from the HTTPS listener:
 * onload means the TLS handshake (and certificate check) worked, onerror that it failed; a timer ends a probe
 * that never answers (a firewall that drops packets would otherwise keep it waiting for about 30 seconds).
 */
(function () {
  var doc = document;
  var root = doc.documentElement;
  var result = doc.getElementById('result');
  if (!result) {
    return;
  }
  root.className = root.className ? root.className + ' js' : 'js';

  var finished = false;
  var timer = null;

  function byId(id) {
    return doc.getElementById(id);
  }

  function show(id, visible) {
    var el = byId(id);
    if (el) {
      el.className = el.className.replace(/(^|\s)hide(\s|$)/g, ' ').replace(/^\s+|\s+$/g, '') + (visible ? '' : ' hide');
    }
  }

  function isTouchMac() {
    var nav = window.navigator;
    return /Macintosh/.test(nav.userAgent) && (('ontouchend' in doc) || (nav.maxTouchPoints > 1));
  }

  function finish(verdict) {
    if (finished) {
      return;
    }
    finished = true;
    if (timer) {
      clearTimeout(timer);
    }
    show('r-pending', false);
    show('r-' + verdict, true);
    var steps = byId('steps');
    if (steps) {
      steps.style.display = verdict === 'pass' ? 'none' : 'block';
    }
    if (verdict !== 'pass' && byId('steps-touch') && isTouchMac()) {
      show('steps-main', false);
      show('steps-touch', true);
    }
    result.setAttribute('data-verdict', verdict);
  }

  function probeUrl() {
    var port = result.getAttribute('data-https-port');
    var host = window.location.hostname;
    if (host.indexOf(':') >= 0 && host.charAt(0) !== '[') {
      host = '[' + host + ']';
    }
    var origin = 'https://' + host + (port && port !== '443' ? ':' + port : '');
    return origin + '/probe.gif?r=' + new Date().getTime() + '-' + Math.floor(Math.random() * 1e9);
  }

  function start() {
    var timeout = parseInt(result.getAttribute('data-timeout-ms'), 10) || 10000;
    var img = new Image();
    timer = setTimeout(function () {
      img.onload = img.onerror = null;
      finish('unknown');
    }, timeout);
    img.onload = function () {
      finish('pass');
    };
    img.onerror = function () {
      finish('fail');
    };
    img.src = probeUrl();
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
