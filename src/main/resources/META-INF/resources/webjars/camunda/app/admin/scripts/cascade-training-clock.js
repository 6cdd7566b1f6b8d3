/*
 * Cascade: the training clock on the Admin dashboard (demo profile only; see vn.cascade.demo.TrainingClock).
 *
 * A section "Đồng hồ tập huấn" shows the application's day and moves it forward: to the next working day, or to a
 * chosen date, at 8 o'clock in the morning, after the morning's deadline check. Everything time drives then
 * happens as it would on that day. Outside the demo profile (GET /api/training-clock answers 404), and for users who
 * are not administrators (403), the section stays empty. A plain ES module in the webapps' plugin format: no build.
 */
const API = '/api/training-clock';

function element(tag, attributes, text) {
  const e = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([k, v]) => e.setAttribute(k, v));
  if (text) {
    e.textContent = text;
  }
  return e;
}

async function csrfToken() {
  const me = await fetch('/api/me', {credentials: 'same-origin'});
  return me.ok ? (await me.json()).csrfToken : null;
}

async function post(path) {
  const token = await csrfToken();
  const headers = token ? {'X-Cascade-CSRF': token} : {};
  const response = await fetch(path, {method: 'POST', credentials: 'same-origin', headers});
  const body = await response.json().catch(() => ({}));
  if (!response.ok) {
    throw new Error(body.message || ('Lỗi ' + response.status));
  }
  return body;
}

function render(node) {
  node.innerHTML = '';
  fetch(API, {credentials: 'same-origin'}).then(async (response) => {
    if (!response.ok) {
      return; // not the demo, or not an administrator
    }
    const box = element('div', {'class': 'cascade-training-clock', 'data-cascade': 'training-clock'});
    const today = element('p', {'class': 'cascade-training-today'});
    const message = element('p', {'class': 'cascade-training-message', 'role': 'status'});
    const show = (now) => {
      today.textContent = 'Ngày của ứng dụng: ' + now.todayText + (now.workingDay ? ' (ngày làm việc)' : ' (ngày nghỉ)')
          + (now.daysAhead > 0 ? ', đi trước ngày thật ' + now.daysAhead + ' ngày' : '');
    };
    show(await response.json());
    const next = element('button', {'type': 'button', 'class': 'btn btn-primary', 'data-action': 'next-working-day'},
        'Sang ngày làm việc tiếp theo');
    // typed day/month/year, as Vietnamese offices write dates (a native date input follows the browser's locale)
    const date = element('input', {'type': 'text', 'class': 'form-control', 'aria-label': 'Chuyển đến ngày',
      'name': 'date', 'placeholder': 'ngày/tháng/năm', 'style': 'display:inline-block;width:9em;margin:0 8px'});
    const go = element('button', {'type': 'button', 'class': 'btn btn-default', 'data-action': 'to-date'},
        'Chuyển đến ngày');
    const run = (path) => {
      message.textContent = 'Đang chuyển ngày…';
      post(path).then((now) => {
        show(now);
        message.textContent = 'Đã chuyển đến ' + now.todayText
            + ' lúc 8 giờ sáng: nhắc hạn, thông báo quá hạn, báo cáo định kỳ của ngày này đang được xử lý.';
      }, (error) => {
        message.textContent = error.message;
      });
    };
    next.addEventListener('click', () => run(API + '/next-working-day'));
    go.addEventListener('click', () => {
      const parts = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/.exec(date.value);
      if (!parts) {
        message.textContent = 'Ngày phải viết dạng ngày/tháng/năm, ví dụ 18/12/2026.';
        return;
      }
      const iso = parts[3] + '-' + parts[2].padStart(2, '0') + '-' + parts[1].padStart(2, '0');
      run(API + '?date=' + encodeURIComponent(iso));
    });
    box.append(element('p', {}, 'Chỉ có trong bản trình diễn: chuyển ngày của ứng dụng tới để tập huấn, '
        + 'không lùi lại được; khởi động lại ứng dụng thì về ngày thật.'), today, next, date, go, message);
    node.appendChild(box);
  });
}

export default [{
  id: 'cascade.trainingClock',
  pluginPoint: 'admin.dashboard.section',
  priority: 5,
  properties: {label: 'Đồng hồ tập huấn'},
  render
}];
