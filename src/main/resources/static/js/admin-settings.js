// The settings page (/quan-tri/thiet-lap): previews and saves the same-day cut-off and the message texts.
(function () {
  'use strict';
  const page = document.getElementById('settings-page');
  if (new URLSearchParams(window.location.search).has('da-luu')) {
    document.getElementById('saved').hidden = false;
  }
  if (page.dataset.editable !== 'true') {
    return;
  }

  const call = window.motcuaApi;

  function show(box, message) {
    box.textContent = message;
    box.hidden = !message;
  }

  const saved = () => window.location.assign('/quan-tri/thiet-lap?da-luu=1');

  const cutOffError = document.getElementById('cut-off-error');
  const cutOff = () => ({cutOff: document.getElementById('cut-off-time').value});
  document.getElementById('cut-off-preview').addEventListener('click', async () => {
    show(cutOffError, '');
    const list = document.getElementById('cut-off-examples');
    list.hidden = true;
    try {
      const result = await call('POST', '/api/sla/settings/cut-off/preview', cutOff());
      list.replaceChildren(...result.examples.map(example => {
        const li = document.createElement('li');
        li.textContent = 'Hồ sơ trong ngày tiếp nhận lúc ' + example.receivedAt + ' → hẹn trả ' + example.dueAt;
        return li;
      }));
      list.hidden = false;
    } catch (e) {
      show(cutOffError, e.message);
    }
  });
  document.getElementById('cut-off-save').addEventListener('click', async () => {
    show(cutOffError, '');
    try {
      await call('PUT', '/api/sla/settings/cut-off', cutOff());
      saved();
    } catch (e) {
      show(cutOffError, e.message);
    }
  });

  for (const article of document.querySelectorAll('article.template')) {
    const name = article.dataset.template;
    const error = article.querySelector('.template-error');
    const text = () => ({text: article.querySelector('.template-text').value});
    article.querySelector('.template-preview-button').addEventListener('click', async () => {
      show(error, '');
      try {
        const result = await call('POST', '/api/notification-texts/' + name + '/preview', text());
        article.querySelector('.template-preview').textContent = result.preview;
        article.querySelector('.template-length').textContent = '(' + result.length + ' ký tự)';
      } catch (e) {
        show(error, e.message);
      }
    });
    article.querySelector('.template-save').addEventListener('click', async () => {
      show(error, '');
      try {
        await call('PUT', '/api/notification-texts/' + name, text());
        saved();
      } catch (e) {
        show(error, e.message);
      }
    });
  }
}());
