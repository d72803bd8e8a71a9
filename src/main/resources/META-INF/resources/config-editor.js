// The /config editor: CodeMirror over the plain <textarea> when it loaded (the textarea works alone otherwise),
// error and warning markers on their lines, and "go to line" for each finding. No build step.
(function () {
  'use strict';

  var textarea = document.getElementById('config-text');
  if (!textarea) {
    return;
  }
  var cm = null;
  var marked = [];

  // A small haproxy.cfg mode: comments, section headers, the first keyword of a line, and %[...] formats.
  function defineMode() {
    var SECTIONS = /^(global|defaults|frontend|backend|listen|userlist|peers|resolvers|cache|program)\b/;
    CodeMirror.defineMode('haproxy', function () {
      return {
        startState: function () { return { first: true }; },
        token: function (stream, state) {
          if (stream.sol()) {
            state.first = true;
          }
          if (stream.eatSpace()) {
            return null;
          }
          if (stream.peek() === '#') {
            stream.skipToEnd();
            return 'comment';
          }
          if (stream.match('%[')) {
            stream.skipTo(']') ? stream.next() : stream.skipToEnd();
            return 'variable-2';
          }
          if (state.first) {
            state.first = false;
            var section = stream.column() === 0 && stream.match(SECTIONS);
            if (section) {
              return 'header';
            }
            stream.match(/^\S+/);
            return 'keyword';
          }
          stream.match(/^[^\s#%]+/) || stream.next();
          return null;
        },
        // keywords sit 4 spaces in; a section header goes back to column 0 as soon as its name is typed
        indent: function (state, textAfter) {
          return SECTIONS.test(textAfter) ? 0 : 4;
        },
        electricInput: /^\s*(global|defaults|frontend|backend|listen|userlist|peers|resolvers|cache|program)\s$/,
        lineComment: '#'
      };
    });
  }

  if (window.CodeMirror) {
    defineMode();
    cm = CodeMirror.fromTextArea(textarea, {
      lineNumbers: true,
      mode: 'haproxy',
      indentUnit: 4,
      gutters: ['diag-gutter', 'CodeMirror-linenumbers'],
      // Tab moves focus on, as everywhere else on the page, so keyboard users are never trapped in the editor
      extraKeys: { 'Tab': false, 'Shift-Tab': false }
    });
    cm.getInputField().setAttribute('aria-label', 'haproxy.cfg editor');
    // keep the textarea current, so htmx and plain form posts both send what the learner sees
    cm.on('change', function () { cm.save(); });
    cm.getWrapperElement().classList.add('editor');
    document.body.classList.add('has-codemirror');
  }

  function text() {
    return cm ? cm.getValue() : textarea.value;
  }

  /** Puts the cursor on <line> (1-based) and scrolls it into view. */
  function jumpTo(line) {
    if (cm) {
      cm.focus();
      cm.setCursor({ line: line - 1, ch: 0 });
      cm.scrollIntoView({ line: line - 1, ch: 0 }, 80);
      return;
    }
    var lines = textarea.value.split('\n');
    var offset = 0;
    for (var i = 0; i < line - 1 && i < lines.length; i++) {
      offset += lines[i].length + 1;
    }
    textarea.focus();
    textarea.setSelectionRange(offset, offset + (lines[line - 1] || '').length);
  }

  /** Gutter markers and line classes for the findings now in #result (symbol + title: never colour alone). */
  function markDiagnostics() {
    if (!cm) {
      return;
    }
    cm.clearGutter('diag-gutter');
    marked.forEach(function (m) { cm.removeLineClass(m.line, 'background', m.cls); });
    marked = [];
    var seen = {};
    document.querySelectorAll('#result .diag[data-line]').forEach(function (item) {
      var line = parseInt(item.getAttribute('data-line'), 10) - 1;
      var severity = item.getAttribute('data-severity');
      if (isNaN(line) || line < 0 || line >= cm.lineCount()) {
        return;
      }
      // "not simulated" notes get a gutter mark only: shading half the file would hide the errors
      if (severity !== 'info') {
        var cls = 'line-' + severity;
        cm.addLineClass(line, 'background', cls);
        marked.push({ line: line, cls: cls });
      }
      if (seen[line] === 'error') {
        return; // an error's marker wins over a warning's on the same line
      }
      seen[line] = severity;
      var marker = document.createElement('span');
      marker.className = 'gutter-mark gutter-' + severity;
      marker.textContent = severity === 'error' ? '\u2716' : severity === 'warning' ? '\u26A0' : '\u2139';
      var message = item.querySelector('.msg');
      marker.title = severity + ': ' + (message ? message.textContent : '');
      cm.setGutterMarker(line, 'diag-gutter', marker);
    });
  }

  document.addEventListener('click', function (e) {
    var button = e.target.closest ? e.target.closest('button.jump') : null;
    if (button) {
      jumpTo(parseInt(button.getAttribute('data-line'), 10));
    }
  });

  document.body.addEventListener('htmx:afterSwap', function (e) {
    if (e.detail.target && e.detail.target.id === 'result') {
      markDiagnostics();
    }
  });

  // After a restore the running config changed under the editor: load it.
  document.body.addEventListener('config-applied', function (e) {
    if (e.detail && e.detail.reload) {
      fetch('/api/config').then(function (r) { return r.text(); }).then(function (t) {
        if (cm) {
          cm.setValue(t);
        } else {
          textarea.value = t;
        }
        markDiagnostics();
      });
    }
  });

  window.pilabEditor = { text: text, jumpTo: jumpTo };
  markDiagnostics();
})();
