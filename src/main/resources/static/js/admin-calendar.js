// The working-day calendar page (/quan-tri/lich): edits a draft of the year's days in the page, previews the
// change on the server (days added, removed, changed; running dossiers whose deadlines move) and saves it.
(function () {
  'use strict';
  const page = document.getElementById('calendar-page');
  const year = Number(page.dataset.year);
  const editable = page.dataset.editable === 'true';
  const KINDS = {
    HOLIDAY: 'Ngày nghỉ lễ, Tết',
    COMPENSATORY_DAY_OFF: 'Ngày nghỉ bù',
    MAKEUP_WORKING_DAY: 'Ngày làm bù'
  };
  const WEEKDAYS = ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];
  const DOCUMENT_KIND = /^(Thông báo|Công văn|Quyết định|Chỉ thị|Nghị quyết|Bộ luật)/i;
  const tbody = document.querySelector('#days tbody');
  const errorBox = document.getElementById('calendar-error');
  let days = Array.from(tbody.rows).map(row => ({
    date: row.dataset.date,
    kind: row.dataset.kind,
    name: row.dataset.name,
    source: row.dataset.source,
    unconfirmed: row.dataset.unconfirmed === 'true',
    note: row.dataset.note || null
  }));
  let editing = null;

  const shown = iso => iso.split('-').reverse().join('/');
  const weekday = iso => {
    const [y, m, d] = iso.split('-').map(Number);
    return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  };
  const value = id => document.getElementById(id).value.trim();

  function showError(message) {
    errorBox.textContent = message;
    errorBox.hidden = false;
  }

  function hideError() {
    errorBox.hidden = true;
    errorBox.textContent = '';
  }

  function cell(row, text) {
    const td = row.insertCell();
    td.textContent = text;
    return td;
  }

  function button(parent, label, className, action) {
    const b = document.createElement('button');
    b.type = 'button';
    b.textContent = label;
    b.className = className;
    b.addEventListener('click', action);
    parent.append(b, ' ');
  }

  function render() {
    days.sort((a, b) => a.date.localeCompare(b.date));
    tbody.replaceChildren();
    for (const day of days) {
      const row = tbody.insertRow();
      row.dataset.date = day.date;
      cell(row, shown(day.date));
      cell(row, WEEKDAYS[weekday(day.date)]);
      cell(row, KINDS[day.kind] + (day.unconfirmed ? ' (chưa xác nhận)' : ''));
      cell(row, day.name);
      cell(row, day.source);
      if (editable) {
        const actions = row.insertCell();
        button(actions, 'Sửa', 'edit', () => edit(day.date));
        button(actions, 'Xoá', 'remove', () => remove(day.date));
      }
    }
  }

  // any change to the draft asks for a new preview before saving
  function changed() {
    render();
    document.getElementById('preview').hidden = true;
    document.getElementById('draft-state').textContent =
        'Có thay đổi chưa lưu: bấm "Xem trước thay đổi" rồi lưu.';
  }

  function edit(date) {
    const day = days.find(d => d.date === date);
    editing = date;
    document.getElementById('day-date').value = day.date;
    document.getElementById('day-kind').value = day.kind;
    document.getElementById('day-name').value = day.name;
    document.getElementById('day-form-title').textContent = 'Sửa ngày ' + shown(date);
    document.getElementById('day-add').textContent = 'Cập nhật ngày';
    document.getElementById('day-cancel').hidden = false;
  }

  function stopEditing() {
    editing = null;
    document.getElementById('day-date').value = '';
    document.getElementById('day-name').value = '';
    document.getElementById('day-form-title').textContent = 'Thêm ngày';
    document.getElementById('day-add').textContent = 'Thêm vào danh sách';
    document.getElementById('day-cancel').hidden = true;
  }

  function remove(date) {
    days = days.filter(d => d.date !== date);
    if (editing === date) {
      stopEditing();
    }
    changed();
  }

  // the checks the server makes too, so that the administrator hears of them at once
  function addOrUpdate(event) {
    event.preventDefault();
    hideError();
    const number = value('notice-number');
    const noticeDate = value('notice-date');
    const issuer = value('notice-issuer');
    const date = value('day-date');
    const kind = value('day-kind');
    const name = value('day-name');
    if (!date) {
      return showError('Chọn ngày.');
    }
    if (!date.startsWith(year + '-')) {
      return showError('Ngày ' + shown(date) + ' không thuộc năm ' + year + '.');
    }
    if (!name) {
      return showError('Nhập tên ngày, ví dụ "Tết Dương lịch".');
    }
    if (!number || !noticeDate || !issuer) {
      return showError('Thiếu văn bản quyết định: nhập số thông báo, ngày ban hành và cơ quan ban hành.');
    }
    if (kind === 'MAKEUP_WORKING_DAY' && ![0, 6].includes(weekday(date))) {
      return showError('Ngày làm bù ' + shown(date) + ' không phải thứ Bảy hoặc Chủ nhật.');
    }
    if (days.some(d => d.date === date && d.date !== editing)) {
      return showError('Ngày ' + shown(date) + ' đã có trong danh sách.');
    }
    const source = (DOCUMENT_KIND.test(number) ? number : 'Thông báo số ' + number)
        + ' ngày ' + shown(noticeDate) + ' của ' + issuer;
    const previous = days.find(d => d.date === editing);
    days = days.filter(d => d.date !== editing);
    days.push({date, kind, name, source, unconfirmed: false, note: previous ? previous.note : null});
    stopEditing();
    changed();
  }

  const call = (method, path) => window.motcuaApi(method, path, {days});

  function describe(day) {
    return shown(day.date) + ' — ' + day.name + ' (' + KINDS[day.kind] + '; ' + day.source + ')';
  }

  async function preview() {
    hideError();
    try {
      const result = await call('POST', '/api/sla/calendar/' + year + '/preview');
      const list = document.getElementById('preview-list');
      list.replaceChildren();
      const item = (className, text) => {
        const li = document.createElement('li');
        li.className = className;
        li.textContent = text;
        list.append(li);
      };
      result.added.forEach(day => item('added', 'Thêm: ' + describe(day)));
      result.removed.forEach(day => item('removed', 'Bỏ: ' + describe(day)));
      result.changed.forEach(change => item('changed', 'Sửa: ' + describe(change.before) + ' → ' + describe(change.after)));
      if (!list.children.length) {
        item('none', 'Không có thay đổi nào so với lịch đã lưu.');
      }
      document.getElementById('preview-dossiers').textContent = result.dossiersMoved
          + ' hồ sơ đang giải quyết sẽ được tính lại hạn giải quyết (ngày hẹn đã in trên giấy tiếp nhận giữ nguyên).';
      document.getElementById('preview').hidden = false;
    } catch (e) {
      showError(e.message);
    }
  }

  async function save() {
    hideError();
    try {
      await call('PUT', '/api/sla/calendar/' + year);
      window.location.assign('/quan-tri/lich?nam=' + year + '&da-luu=1');
    } catch (e) {
      showError(e.message);
    }
  }

  render();
  if (new URLSearchParams(window.location.search).has('da-luu')) {
    document.getElementById('saved').hidden = false;
  }
  if (editable) {
    document.getElementById('day-form').addEventListener('submit', addOrUpdate);
    document.getElementById('day-cancel').addEventListener('click', stopEditing);
    document.getElementById('preview-button').addEventListener('click', preview);
    document.getElementById('save-button').addEventListener('click', save);
  }
}());
