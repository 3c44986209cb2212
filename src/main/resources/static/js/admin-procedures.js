/*
 * /quan-tri/thu-tuc: the procedures the administrator configures, searched by code or name, a page at a time.
 * The search lives in the address (?q=&page=) so that Back and a shared link show the same list.
 */
(function () {
  'use strict';

  var api = window.ProcedureApi;
  var el = api.element;
  var root = document.getElementById('procedure-list-page');
  var table = document.getElementById('procedures');
  var pager = document.getElementById('pager');
  var bannerArea = document.getElementById('banner');
  var params = new URLSearchParams(window.location.search);
  var q = params.get('q') || '';
  var page = Math.max(0, parseInt(params.get('page') || '0', 10) || 0);

  /** The rows and the paging of an answer {items, page (from 0), pageSize, total}. */
  function listOf(answer) {
    var rows = answer.items || [];
    var size = answer.pageSize || rows.length || 1;
    var total = answer.total !== undefined ? answer.total : rows.length;
    return { rows: rows, page: answer.page || 0, pages: Math.max(1, Math.ceil(total / size)), total: total };
  }

  function pendingText(procedure) {
    var pending = procedure.pending;
    return pending ? 'Phiên bản ' + pending.version + ' hiệu lực từ ' + api.shownDate(pending.validFrom) : '';
  }

  function row(procedure) {
    var unit = procedure.implementingUnit || {};
    var link = el('a', { href: root.dataset.page + '/' + encodeURIComponent(procedure.code), text: procedure.name });
    return el('tr', { 'data-code': procedure.code }, [
      el('td', { text: procedure.code }),
      el('td', {}, [link]),
      el('td', { text: api.level(procedure.level) }),
      el('td', { text: unit.name || unit.code || '' }),
      el('td', { 'class': 'runs runs-' + String(procedure.runs || '').toLowerCase(), text: api.runs(procedure.runs) }),
      el('td', { text: procedure.versionInForce ? 'Phiên bản ' + procedure.versionInForce : 'Chưa có' }),
      el('td', { 'class': 'pending', text: pendingText(procedure) })
    ]);
  }

  function pageLink(anchor, number, enabled) {
    if (enabled) {
      var next = new URLSearchParams();
      if (q) { next.set('q', q); }
      if (number > 0) { next.set('page', String(number)); }
      var query = next.toString();
      anchor.href = root.dataset.page + (query ? '?' + query : '');
      anchor.removeAttribute('aria-disabled');
    } else {
      anchor.removeAttribute('href');
      anchor.setAttribute('aria-disabled', 'true');
    }
  }

  function show(answer) {
    var list = listOf(answer || {});
    var body = table.tBodies[0];
    body.textContent = '';
    list.rows.forEach(function (procedure) { body.appendChild(row(procedure)); });
    table.hidden = list.rows.length === 0;
    if (list.rows.length === 0) {
      api.banner(bannerArea, 'info', q ? 'Không có thủ tục nào khớp với "' + q + '" trong phạm vi bạn quản trị.'
        : 'Chưa có thủ tục nào trong phạm vi bạn quản trị.');
    } else {
      api.banner(bannerArea, 'info', 'Tìm thấy ' + list.total + ' thủ tục.');
    }
    pager.hidden = list.pages <= 1;
    pageLink(document.getElementById('previous-page'), list.page - 1, list.page > 0);
    pageLink(document.getElementById('next-page'), list.page + 1, list.page + 1 < list.pages);
    document.getElementById('page-label').textContent = 'Trang ' + (list.page + 1) + '/' + list.pages;
  }

  var query = new URLSearchParams();
  if (q) { query.set('q', q); }
  query.set('page', String(page));
  api.banner(bannerArea, 'info', 'Đang tải danh sách thủ tục…');
  api.get(root.dataset.api + '?' + query.toString()).then(show).catch(function (problem) {
    table.hidden = true;
    api.banner(bannerArea, 'error', problem.detail || String(problem));
  });
})();
