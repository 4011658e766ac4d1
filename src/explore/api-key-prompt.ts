/**
 * The API key never travels in a page: the IDEs ask for it. This script (served as /ide/api-key.js, the
 * same origin as the pages) shows a small form, "API key for mutations", that takes the key pasted or read
 * from the file the user opens (.neo4j/api-key), keeps it in sessionStorage (this tab only, gone when it
 * closes) and reloads the page, whose IDE then sends `Authorization: Bearer <key>` with every request.
 * Queries need no key.
 */
export const API_KEY_SCRIPT_PATH = '/ide/api-key.js';
export const API_KEY_STORAGE = 'newsgraph.apiKey';
export const API_KEY_FORM_ID = 'newsgraph-api-key';
/** Where `npm start` keeps the key it generates, relative to the project folder. */
export const API_KEY_FILE = '.neo4j/api-key';

/** A classic script: it defines `window.newsgraphApiKey.headers()` before the IDE starts, and the form. */
export function renderApiKeyScript(): string {
  return `(function () {
  'use strict';
  var STORAGE = ${JSON.stringify(API_KEY_STORAGE)};
  var FORM_ID = ${JSON.stringify(API_KEY_FORM_ID)};
  function read() {
    try { return sessionStorage.getItem(STORAGE) || ''; } catch (e) { return ''; }
  }
  function headers() {
    var key = read();
    return key ? { Authorization: 'Bearer ' + key } : {};
  }
  function use(key) {
    key = String(key || '').trim();
    if (key) sessionStorage.setItem(STORAGE, key); else sessionStorage.removeItem(STORAGE);
    location.reload();
  }
  function element(tag, properties, style) {
    var node = document.createElement(tag);
    Object.assign(node, properties || {});
    Object.assign(node.style, style || {});
    return node;
  }
  function mount() {
    if (document.getElementById(FORM_ID)) return;
    var set = read() !== '';
    var form = element('form', { id: FORM_ID }, {
      position: 'fixed', right: '8px', bottom: '40px', zIndex: '2147483647', padding: '6px 10px',
      font: '12px system-ui,sans-serif', background: '#1b2240', color: '#fff', borderRadius: '6px',
      display: 'flex', gap: '6px', alignItems: 'center', boxShadow: '0 1px 4px rgba(0,0,0,.4)'
    });
    var label = element('label', { htmlFor: FORM_ID + '-input',
      textContent: 'API key for mutations (${API_KEY_FILE}):' });
    var input = element('input', { id: FORM_ID + '-input', type: 'password', name: 'apiKey',
      autocomplete: 'off', placeholder: set ? 'set for this tab' : 'paste it, or open the file' },
      { width: '14em', font: 'inherit' });
    var submit = element('button', { type: 'submit', textContent: 'Use key' }, { font: 'inherit' });
    var file = element('input', { type: 'file', title: 'Open ${API_KEY_FILE}' }, { width: '12em', font: 'inherit' });
    var forget = element('button', { type: 'button', textContent: 'Forget', disabled: !set }, { font: 'inherit' });
    var status = element('span', { className: FORM_ID + '-status',
      textContent: set ? 'Key set (this tab only).' : 'No key: queries work, mutations are refused.' });
    form.addEventListener('submit', function (event) { event.preventDefault(); use(input.value); });
    file.addEventListener('change', function () {
      if (file.files && file.files[0]) file.files[0].text().then(use);
    });
    forget.addEventListener('click', function () { use(''); });
    [label, input, submit, file, forget, status].forEach(function (node) { form.appendChild(node); });
    document.body.appendChild(form);
  }
  window.newsgraphApiKey = { headers: headers };
  if (document.body) mount(); else document.addEventListener('DOMContentLoaded', mount);
})();
`;
}
