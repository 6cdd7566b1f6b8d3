/*
 * Cascade: Cockpit plugin "Tình hình thực hiện nhiệm vụ" (compliance), a plain ES module loaded by Cockpit through
 * `customScripts` in scripts/config.js (Cockpit 7.14+ plugin API: objects with id, pluginPoint, properties, render).
 *
 *  - cockpit.dashboard: a card on Cockpit's start page with the quarter's figures and a link to the page;
 *  - cockpit.navigation: the header link;
 *  - cockpit.route (#/tinh-hinh-thuc-hien): the directives with their four official categories, filterable by issuer,
 *    period and state; one directive's tree of units (?directive=<id>); the report requests with their units'
 *    reports in the same categories (?request=<id>); the period summary with its CSV and .xlsx.
 *
 * Its data comes from Cascade's /api/compliance endpoints, authenticated by the Cockpit session (GET only); the
 * server cuts it to what the user may see. Every text the user sees is Vietnamese (the browser test fails on English).
 */

const ROUTE = '/tinh-hinh-thuc-hien';
const appRoot = () => (document.querySelector('base') && document.querySelector('base').getAttribute('app-root'))
  || '/camunda';
const apiBase = () => appRoot().replace(/\/camunda\/?$/, '') + '/api/compliance';
const tasklistTask = id => appRoot() + '/app/tasklist/default/#/?task=' + encodeURIComponent(id);

const STATES = [
  ['', 'Tất cả trạng thái'],
  ['NOT_DISPATCHED', 'Chưa giao nhiệm vụ'],
  ['IN_PROGRESS', 'Đang thực hiện'],
  ['OVERDUE', 'Có nhiệm vụ quá hạn'],
  ['COMPLETED', 'Đã hoàn thành']
];
const ROMAN = ['I', 'II', 'III', 'IV'];

const STYLE = `
.cascade-c { padding: 10px 20px 30px; font-size: 14px; }
.cascade-c h2 { margin: 4px 0 12px; font-size: 22px; }
.cascade-c h3 { margin: 22px 0 8px; font-size: 17px; }
.cascade-c table { border-collapse: collapse; width: 100%; margin-bottom: 8px; background: #fff; }
.cascade-c th, .cascade-c td { border: 1px solid #ddd; padding: 4px 6px; vertical-align: top; }
.cascade-c th { background: #f2f4f7; font-weight: 600; }
.cascade-c td.n, .cascade-c th.n { text-align: right; white-space: nowrap; }
.cascade-c tr.cascade-c-row { cursor: pointer; }
.cascade-c tr.cascade-c-row:hover td { background: #eef5ff; }
.cascade-c tr.cascade-c-overdue td { background: #fde2e2; }
.cascade-c tr.cascade-c-total td { font-weight: 600; background: #f7f7f7; }
.cascade-c .cascade-c-filters { display: flex; gap: 12px; flex-wrap: wrap; align-items: end; margin-bottom: 10px; }
.cascade-c .cascade-c-filters label { display: flex; flex-direction: column; font-weight: 600; gap: 2px; }
.cascade-c .cascade-c-badge { display: inline-block; padding: 1px 6px; border-radius: 3px; font-size: 12px; }
.cascade-c .cascade-c-OVERDUE, .cascade-c .cascade-c-OPEN_OVERDUE { background: #c9302c; color: #fff; }
.cascade-c .cascade-c-COMPLETED, .cascade-c .cascade-c-COMPLETED_ON_TIME { background: #3c763d; color: #fff; }
.cascade-c .cascade-c-COMPLETED_LATE { background: #e08e0b; color: #fff; }
.cascade-c .cascade-c-IN_PROGRESS, .cascade-c .cascade-c-OPEN_WITHIN_TERM { background: #337ab7; color: #fff; }
.cascade-c .cascade-c-NOT_DISPATCHED { background: #999; color: #fff; }
.cascade-c .cascade-c-bar { background: #e9ecef; height: 14px; width: 220px; display: inline-block; vertical-align: middle; }
.cascade-c .cascade-c-bar > span { background: #3c763d; height: 14px; display: block; }
.cascade-c .cascade-c-error { color: #a94442; background: #f2dede; padding: 8px; border-radius: 3px; }
.cascade-c .cascade-c-tiles { display: flex; gap: 10px; flex-wrap: wrap; margin: 8px 0; }
.cascade-c .cascade-c-tile { border: 1px solid #ddd; border-radius: 4px; padding: 6px 12px; min-width: 150px; background: #fff; }
.cascade-c .cascade-c-tile b { display: block; font-size: 20px; }
.cascade-c .cascade-c-indent { display: inline-block; }
.cascade-c table[data-table="tree"] { font-size: 12px; }
.cascade-c table[data-table="tree"] td:first-child { min-width: 190px; }
.cascade-c table[data-table="tree"] td:nth-child(8) { min-width: 150px; }
.cascade-c table[data-table="tree"] td:nth-child(6) .cascade-c-badge { white-space: nowrap; }
`;

function ensureStyle() {
  if (!document.getElementById('cascade-compliance-style')) {
    const style = document.createElement('style');
    style.id = 'cascade-compliance-style';
    style.textContent = STYLE;
    document.head.appendChild(style);
  }
}

const esc = value => String(value === null || value === undefined ? '' : value)
  .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** 2025-01-24 → 24/01/2025 (Vietnamese administrative style). */
const vnDate = iso => {
  if (!iso) {
    return '';
  }
  const [y, m, d] = String(iso).substring(0, 10).split('-');
  return d + '/' + m + '/' + y;
};
const pct = value => (Number(value) || 0).toLocaleString('vi-VN', {maximumFractionDigits: 1}) + ' %';

async function getJson(path) {
  const response = await fetch(apiBase() + path, {credentials: 'same-origin', headers: {Accept: 'application/json'}});
  const text = await response.text();
  let body = null;
  try {
    body = text ? JSON.parse(text) : null;
  } catch (e) {
    body = null;
  }
  if (!response.ok) {
    const message = body && (body.message || body.detail || body.error);
    throw new Error(response.status === 401 ? 'Phiên đăng nhập đã hết, vui lòng đăng nhập lại.'
      : response.status === 403 ? (message || 'Bạn không có quyền xem nội dung này.')
        : (message || 'Không tải được dữ liệu (mã lỗi ' + response.status + ').'));
  }
  return body;
}

function currentQuarter() {
  const now = new Date();
  return now.getFullYear() + '-Q' + (Math.floor(now.getMonth() / 3) + 1);
}

/** Period options: the current and the previous year, their quarters and months. */
function periodOptions(withAll) {
  const year = new Date().getFullYear();
  const options = withAll ? [['', 'Tất cả các kỳ']] : [];
  for (const y of [year, year - 1]) {
    options.push([String(y), 'Năm ' + y]);
    for (let q = 4; q >= 1; q--) {
      options.push([y + '-Q' + q, 'Quý ' + ROMAN[q - 1] + '/' + y]);
    }
    for (let m = 12; m >= 1; m--) {
      const mm = String(m).padStart(2, '0');
      options.push([y + '-' + mm, 'Tháng ' + mm + '/' + y]);
    }
  }
  return options;
}

const select = (name, options, value) => '<select class="form-control input-sm" name="' + name + '">'
  + options.map(([v, label]) => '<option value="' + esc(v) + '"' + (v === value ? ' selected' : '') + '>'
    + esc(label) + '</option>').join('') + '</select>';

/** The route's query (after "#/tinh-hinh-thuc-hien?"). */
function routeParams() {
  const hash = window.location.hash || '';
  const q = hash.indexOf('?');
  return new URLSearchParams(q >= 0 ? hash.substring(q + 1) : '');
}

function go(params) {
  const query = new URLSearchParams();
  Object.entries(params).forEach(([k, v]) => {
    if (v) {
      query.set(k, v);
    }
  });
  const qs = query.toString();
  window.location.hash = '#' + ROUTE + (qs ? '?' + qs : '');
}

const countCells = c => '<td class="n">' + c.assigned + '</td><td class="n">' + c.completedOnTime + '</td>'
  + '<td class="n">' + c.completedLate + '</td><td class="n">' + c.openWithinTerm + '</td>'
  + '<td class="n">' + c.openOverdue + '</td><td class="n">' + pct(c.onTimePercent) + '</td>'
  + '<td class="n">' + pct(c.overduePercent) + '</td>';
/** The tree's own, narrower count columns (its subtree: the unit and every unit below it). */
const treeCountCells = c => '<td class="n">' + c.assigned + '</td><td class="n">' + c.completedOnTime + '</td>'
  + '<td class="n">' + c.completedLate + '</td><td class="n">' + c.openWithinTerm + '</td>'
  + '<td class="n">' + c.openOverdue + '</td><td class="n">' + pct(c.onTimePercent) + '</td>';
const TREE_COUNT_HEADERS = '<th class="n" title="Số nhiệm vụ của đơn vị và các đơn vị cấp dưới">Được giao</th>'
  + '<th class="n" title="Hoàn thành đúng hạn">Đúng hạn</th><th class="n" title="Hoàn thành quá hạn">HT quá hạn</th>'
  + '<th class="n" title="Đang thực hiện, trong hạn">Trong hạn</th><th class="n">Quá hạn</th>'
  + '<th class="n" title="Tỷ lệ hoàn thành đúng hạn">Tỷ lệ đúng hạn</th>';
const COUNT_HEADERS = '<th class="n">Được giao</th><th class="n">Hoàn thành đúng hạn</th>'
  + '<th class="n">Hoàn thành quá hạn</th><th class="n">Đang thực hiện, trong hạn</th><th class="n">Quá hạn</th>'
  + '<th class="n">Tỷ lệ đúng hạn</th><th class="n">Tỷ lệ quá hạn</th>';

function tiles(c) {
  const tile = (label, value, extra) => '<div class="cascade-c-tile">' + esc(label) + '<b>' + value + '</b>'
    + (extra ? esc(extra) : '') + '</div>';
  return '<div class="cascade-c-tiles">'
    + tile('Nhiệm vụ được giao', c.assigned)
    + tile('Hoàn thành đúng hạn', c.completedOnTime, pct(c.onTimePercent))
    + tile('Hoàn thành quá hạn', c.completedLate, pct(c.latePercent))
    + tile('Đang thực hiện, trong hạn', c.openWithinTerm, pct(c.withinTermPercent))
    + tile('Quá hạn', c.openOverdue, pct(c.overduePercent)) + '</div>';
}

// ------------------------------------------------------------------------------------------------ the list

async function renderList(root, params) {
  const filters = {issuer: params.get('issuer') || '', period: params.get('period') || '',
    state: params.get('state') || ''};
  const summaryPeriod = params.get('summary') || currentQuarter();
  root.innerHTML = '<h2>Tình hình thực hiện nhiệm vụ</h2><p>Đang tải dữ liệu…</p>';
  const query = new URLSearchParams();
  Object.entries(filters).forEach(([k, v]) => v && query.set(k, v));
  const requestQuery = new URLSearchParams();
  ['period', 'state'].forEach(k => filters[k] && requestQuery.set(k, filters[k]));
  const [rows, all, summary, requests] = await Promise.all([
    getJson('/directives' + (query.toString() ? '?' + query : '')),
    getJson('/directives'),
    getJson('/summary?period=' + encodeURIComponent(summaryPeriod)),
    getJson('/report-requests' + (requestQuery.toString() ? '?' + requestQuery : ''))]);
  const issuers = [['', 'Tất cả cơ quan ban hành']];
  all.forEach(r => {
    if (r.issuerCode && !issuers.some(([v]) => v === r.issuerCode)) {
      issuers.push([r.issuerCode, r.issuerName || r.issuerCode]);
    }
  });
  let html = '<h2>Tình hình thực hiện nhiệm vụ</h2>'
    + '<h3>Văn bản chỉ đạo</h3>'
    + '<form class="cascade-c-filters" data-form="filters">'
    + '<label>Cơ quan ban hành' + select('issuer', issuers, filters.issuer) + '</label>'
    + '<label>Kỳ (theo ngày giao nhiệm vụ)' + select('period', periodOptions(true), filters.period) + '</label>'
    + '<label>Trạng thái' + select('state', STATES, filters.state) + '</label>'
    + '</form>';
  if (!rows.length) {
    html += '<p>Không có văn bản chỉ đạo nào phù hợp.</p>';
  } else {
    html += '<table data-table="directives"><thead><tr><th>Số, ký hiệu</th><th>Cơ quan ban hành</th>'
      + '<th>Ngày ban hành</th><th>Trích yếu</th><th>Văn bản giao nhiệm vụ</th><th>Trạng thái</th>' + COUNT_HEADERS
      + '</tr></thead><tbody>'
      + rows.map(r => '<tr class="cascade-c-row' + (r.counts.openOverdue > 0 ? ' cascade-c-overdue' : '')
        + '" data-directive="' + r.id + '"><td><a href="#' + ROUTE + '?directive=' + r.id + '">'
        + esc(r.numberSymbol) + '</a></td><td>' + esc(r.issuerName) + '</td><td>' + vnDate(r.issuedOn) + '</td>'
        + '<td>' + esc(r.summary) + '</td><td>' + esc((r.dispatchNumbers || []).join(', '))
        + (r.dispatchedOn ? ' (' + vnDate(r.dispatchedOn) + ')' : '') + '</td>'
        + '<td><span class="cascade-c-badge cascade-c-' + r.state + '">' + esc(r.stateLabel) + '</span></td>'
        + countCells(r.counts) + '</tr>').join('')
      + '</tbody></table>';
  }
  html += '<h3>Yêu cầu báo cáo</h3>';
  if (!requests.length) {
    html += '<p>Không có yêu cầu báo cáo nào phù hợp.</p>';
  } else {
    html += '<table data-table="requests"><thead><tr><th>Số, ký hiệu</th><th>Ngày yêu cầu</th><th>Trích yếu</th>'
      + '<th>Hạn gửi của đơn vị</th><th>Tình trạng</th><th>Trạng thái</th>' + COUNT_HEADERS + '</tr></thead><tbody>'
      + requests.map(r => '<tr class="cascade-c-row' + (r.counts.openOverdue > 0 ? ' cascade-c-overdue' : '')
        + '" data-request="' + r.id + '"><td><a href="#' + ROUTE + '?request=' + r.id + '">'
        + esc(r.requestNumber) + '</a></td><td>' + vnDate(r.requestedOn) + '</td><td>' + esc(r.subject)
        + (r.periodLabel ? ' (' + esc(r.periodLabel) + ')' : '') + '</td><td>' + vnDate(r.unitDeadline) + '</td>'
        + '<td>' + esc(r.statusLabel) + '</td><td><span class="cascade-c-badge cascade-c-' + r.state + '">'
        + esc(r.stateLabel) + '</span></td>' + countCells(r.counts) + '</tr>').join('')
      + '</tbody></table>';
  }
  html += renderSummary(summary);
  root.innerHTML = html;
  root.querySelectorAll('tr[data-request]').forEach(tr => tr.addEventListener('click', event => {
    if (event.target.tagName !== 'A') {
      go({request: tr.getAttribute('data-request')});
    }
  }));

  root.querySelectorAll('form[data-form="filters"] select').forEach(el => el.addEventListener('change', () => {
    const form = root.querySelector('form[data-form="filters"]');
    go({issuer: form.issuer.value, period: form.period.value, state: form.state.value,
      summary: params.get('summary')});
  }));
  root.querySelectorAll('tr[data-directive]').forEach(tr => tr.addEventListener('click', event => {
    if (event.target.tagName !== 'A') {
      go({directive: tr.getAttribute('data-directive')});
    }
  }));
  const summarySelect = root.querySelector('select[name="summaryPeriod"]');
  summarySelect.addEventListener('change', () => go({issuer: filters.issuer, period: filters.period,
    state: filters.state, summary: summarySelect.value}));
}

function renderSummary(s) {
  const file = ext => apiBase() + '/summary.' + ext + '?period=' + encodeURIComponent(s.period);
  return '<h3>Tổng hợp theo kỳ: ' + esc(s.periodLabel) + '</h3>'
    + '<div class="cascade-c-filters"><label>Kỳ tổng hợp'
    + select('summaryPeriod', periodOptions(false), s.period) + '</label>'
    + '<a class="btn btn-default btn-sm" data-export="csv" href="' + file('csv') + '">Tải về CSV</a>'
    + '<a class="btn btn-default btn-sm" data-export="xlsx" href="' + file('xlsx') + '">Tải về Excel (.xlsx)</a>'
    + '</div>'
    + '<p>Nhiệm vụ được giao từ ' + vnDate(s.from) + ' đến ' + vnDate(s.to) + ', thuộc ' + s.directives
    + ' văn bản chỉ đạo; phân loại tính đến hôm nay.</p>'
    + tiles(s.total)
    + '<table data-table="summary"><thead><tr><th>STT</th><th>Đơn vị</th>' + COUNT_HEADERS
    + '<th>Biểu đồ tỷ lệ đúng hạn</th></tr></thead><tbody>'
    + s.units.map((u, i) => '<tr' + (u.counts.openOverdue > 0 ? ' class="cascade-c-overdue"' : '') + '><td class="n">'
      + (i + 1) + '</td><td>' + esc(u.unitName) + '</td>' + countCells(u.counts)
      + '<td><span class="cascade-c-bar" title="' + pct(u.counts.onTimePercent) + '"><span style="width:'
      + Math.min(100, Number(u.counts.onTimePercent) || 0) + '%"></span></span></td></tr>').join('')
    + '<tr class="cascade-c-total"><td></td><td>Tổng cộng</td>' + countCells(s.total) + '<td></td></tr>'
    + '</tbody></table>';
}

// ------------------------------------------------------------------------------------------------ one directive

async function renderDirective(root, id) {
  root.innerHTML = '<p>Đang tải dữ liệu…</p>';
  const detail = await getJson('/directives/' + encodeURIComponent(id));
  const d = detail.directive;
  const rows = [];
  const walk = nodes => nodes.forEach(n => {
    rows.push(n);
    walk(n.children || []);
  });
  walk(detail.nodes);
  const levels = Object.entries(detail.perLevel || {});
  root.innerHTML = '<p><a href="#' + ROUTE + '" data-back>« Danh sách văn bản chỉ đạo</a></p>'
    + '<h2>Văn bản ' + esc(d.numberSymbol) + ' của ' + esc(d.issuerName) + '</h2>'
    + '<p>' + esc(d.summary) + '</p>'
    + '<p>Ngày ban hành: ' + vnDate(d.issuedOn)
    + (d.centralDeadline ? ' · Thời hạn của Trung ương: ' + vnDate(d.centralDeadline) : '')
    + ((d.dispatchNumbers || []).length ? ' · Văn bản giao nhiệm vụ: ' + esc(d.dispatchNumbers.join(', ')) : '')
    + ' · <span class="cascade-c-badge cascade-c-' + d.state + '">' + esc(d.stateLabel) + '</span></p>'
    + tiles(d.counts)
    + '<h3>Theo cấp</h3><table data-table="levels"><thead><tr><th>Cấp</th>' + COUNT_HEADERS
    + '</tr></thead><tbody>' + levels.map(([level, c]) => '<tr><td>Cấp ' + esc(level) + '</td>' + countCells(c)
      + '</tr>').join('') + '</tbody></table>'
    + '<h3>Cây đơn vị thực hiện</h3>'
    + (rows.length ? '' : '<p>Văn bản chưa được giao cho đơn vị nào.</p>')
    + (rows.length ? '<table data-table="tree"><thead><tr><th>Đơn vị</th><th>Cấp</th><th>Văn bản giao</th>'
      + '<th>Hạn hoàn thành</th><th>Tình trạng xử lý</th><th>Phân loại</th><th class="n">Số ngày quá hạn</th>'
      + '<th>Người chịu trách nhiệm</th>' + TREE_COUNT_HEADERS + '<th>Liên kết</th></tr></thead><tbody>'
      + rows.map(n => '<tr data-unit="' + esc(n.unitCode) + '"' + (n.overdue ? ' class="cascade-c-overdue"' : '')
        + '><td><span class="cascade-c-indent" style="width:' + ((n.level - 1) * 22) + 'px"></span>'
        + (n.level > 1 ? '└ ' : '') + esc(n.unitName) + '</td><td class="n">' + n.level + '</td>'
        + '<td>' + esc(n.dispatchNumber) + (n.subDispatch ? '<br>giao tiếp: ' + esc(n.subDispatch) : '') + '</td>'
        + '<td>' + vnDate(n.dueDate) + '</td><td>' + esc(n.stateLabel)
        + (n.completedOn ? '<br>ngày ' + vnDate(n.completedOn) : '') + '</td>'
        + '<td><span class="cascade-c-badge cascade-c-' + n.timeliness + '">' + esc(n.timelinessLabel)
        + '</span></td><td class="n">' + (n.daysOverdue > 0 ? n.daysOverdue : '') + '</td>'
        + '<td>' + esc(n.responsible) + '</td>' + treeCountCells(n.counts) + '<td>'
        + (n.processInstanceId ? '<a href="#/process-instance/' + encodeURIComponent(n.processInstanceId)
          + '/runtime">Xem quy trình</a>' : '')
        + (n.taskId ? '<br><a target="_blank" href="' + tasklistTask(n.taskId) + '">Mở việc: '
          + esc(n.taskName) + '</a>' : '') + '</td></tr>').join('')
      + '</tbody></table>' : '')
    + '<h3>Theo đơn vị</h3><table data-table="units"><thead><tr><th>Đơn vị</th>' + COUNT_HEADERS
    + '</tr></thead><tbody>' + (detail.perUnit || []).map(u => '<tr' + (u.counts.openOverdue > 0
      ? ' class="cascade-c-overdue"' : '') + '><td>' + esc(u.unitName) + '</td>' + countCells(u.counts)
      + '</tr>').join('') + '</tbody></table>';
}

// ------------------------------------------------------------------------------------------------ one report request

async function renderRequest(root, id) {
  root.innerHTML = '<p>Đang tải dữ liệu…</p>';
  const detail = await getJson('/report-requests/' + encodeURIComponent(id));
  const r = detail.request;
  root.innerHTML = '<p><a href="#' + ROUTE + '">« Danh sách văn bản chỉ đạo và yêu cầu báo cáo</a></p>'
    + '<h2>Yêu cầu báo cáo ' + esc(r.requestNumber) + '</h2><p>' + esc(r.subject) + '</p>'
    + '<p>Ngày yêu cầu: ' + vnDate(r.requestedOn) + ' · Hạn gửi của đơn vị: ' + vnDate(r.unitDeadline) + ' · '
    + esc(r.statusLabel) + '</p>' + tiles(r.counts)
    + '<table data-table="request-units"><thead><tr><th>Đơn vị</th><th>Hạn gửi</th><th>Tình trạng báo cáo</th>'
    + '<th>Phân loại</th><th class="n">Số ngày quá hạn</th><th>Số, ký hiệu báo cáo</th><th>Liên kết</th></tr></thead>'
    + '<tbody>' + detail.units.map(u => '<tr data-unit="' + esc(u.unitCode) + '"'
      + (u.overdue ? ' class="cascade-c-overdue"' : '') + '><td>' + esc(u.unitName) + '</td><td>'
      + vnDate(u.dueDate) + '</td><td>' + esc(u.statusLabel) + '</td><td><span class="cascade-c-badge cascade-c-'
      + u.timeliness + '">' + esc(u.timelinessLabel) + '</span></td><td class="n">'
      + (u.daysOverdue > 0 ? u.daysOverdue : '') + '</td><td>' + esc(u.reportNumber) + '</td><td>'
      + (u.processInstanceId ? '<a href="#/process-instance/' + encodeURIComponent(u.processInstanceId)
        + '/runtime">Xem quy trình</a>' : '') + '</td></tr>').join('') + '</tbody></table>';
}

// ------------------------------------------------------------------------------------------------ the plugins

function showError(root, error) {
  root.innerHTML = '<h2>Tình hình thực hiện nhiệm vụ</h2><p class="cascade-c-error">' + esc(error.message) + '</p>';
}

function renderPage(node) {
  ensureStyle();
  const root = document.createElement('div');
  root.className = 'cascade-c';
  root.setAttribute('data-cascade-compliance', 'page');
  node.appendChild(root);
  const params = routeParams();
  const work = params.get('directive') ? renderDirective(root, params.get('directive'))
    : params.get('request') ? renderRequest(root, params.get('request')) : renderList(root, params);
  work.catch(error => showError(root, error));
}

function renderDashboardCard(node) {
  ensureStyle();
  const root = document.createElement('div');
  root.className = 'cascade-c';
  root.setAttribute('data-cascade-compliance', 'dashboard');
  root.innerHTML = '<h3><a href="#' + ROUTE + '">Tình hình thực hiện nhiệm vụ</a></h3><p>Đang tải dữ liệu…</p>';
  node.appendChild(root);
  getJson('/summary?period=' + currentQuarter()).then(s => {
    root.innerHTML = '<h3><a href="#' + ROUTE + '" data-open-compliance>Tình hình thực hiện nhiệm vụ</a></h3>'
      + '<p>' + esc(s.periodLabel) + ': nhiệm vụ được giao trong kỳ, thuộc ' + s.directives
      + ' văn bản chỉ đạo.</p>' + tiles(s.total)
      + '<p><a class="btn btn-primary btn-sm" href="#' + ROUTE + '">Xem theo văn bản chỉ đạo và đơn vị</a></p>';
  }).catch(error => {
    root.innerHTML = '<h3><a href="#' + ROUTE + '">Tình hình thực hiện nhiệm vụ</a></h3><p class="cascade-c-error">'
      + esc(error.message) + '</p>';
  });
}

export default [
  {
    id: 'cascade.compliance.dashboard',
    pluginPoint: 'cockpit.dashboard',
    priority: 100,
    render: renderDashboardCard
  },
  {
    id: 'cascade.compliance.navigation',
    pluginPoint: 'cockpit.navigation',
    priority: 50,
    properties: {path: ROUTE},
    render: node => {
      node.innerHTML = '<a href="#' + ROUTE + '">Tình hình thực hiện</a>';
    }
  },
  {
    id: 'cascade.compliance.route',
    pluginPoint: 'cockpit.route',
    properties: {path: ROUTE, label: 'Tình hình thực hiện nhiệm vụ'},
    render: renderPage
  }
];
