// The pages' behaviour on top of server-rendered HTML: every page works without it.
// Charts (ECharts, loaded by the pages that draw), local times, autosave with If-Match.

const charts = () => {
  if (!window.echarts) return;
  for (const el of document.querySelectorAll('[data-chart]')) {
    const spec = JSON.parse(el.dataset.chart);
    const chart = window.echarts.init(el, null, { renderer: 'canvas' });
    const many = spec.series.length > 1;
    chart.setOption({
      animation: false,
      grid: { left: 56, right: 16, top: many ? 48 : 24, bottom: 56, containLabel: true },
      legend: many ? { type: 'scroll', top: 0 } : undefined,
      // Rich text, not HTML: the page's CSP allows no inline styles.
      tooltip: { trigger: 'item', renderMode: 'richText', confine: true,
        formatter: (p) => {
          const s = spec.series[p.seriesIndex];
          const text = s.texts ? s.texts[p.dataIndex] : p.value;
          const quote = s.quotes ? '\n' + s.quotes[p.dataIndex] : '';
          return `${p.name}: ${text}${spec.unit ? ' ' + spec.unit : ''}${quote}`;
        } },
      xAxis: { type: 'category', data: spec.categories, axisLabel: { interval: 0, rotate: spec.categories.length > 6 ? 30 : 0 } },
      yAxis: { type: 'value', name: spec.unit || '' },
      color: ['#0b5394', '#a4000f', '#1e6b2e', '#8a5300', '#5b2a86', '#00695c'],
      series: spec.series.map((s) => ({
        name: s.name, type: spec.type, stack: spec.stacked ? 'all' : undefined, data: s.values, connectNulls: true,
        label: s.texts ? { show: true, position: 'top', formatter: (p) => s.texts[p.dataIndex] } : undefined,
      })),
    });
    new ResizeObserver(() => chart.resize()).observe(el);
  }
};

const localTimes = () => {
  for (const el of document.querySelectorAll('time[data-local]')) {
    const when = new Date(el.getAttribute('datetime'));
    if (isNaN(when)) continue;
    const mine = document.createElement('span');
    mine.className = 'meta';
    mine.textContent = ` (${el.dataset.local}${when.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })})`;
    el.after(mine);
  }
};

const autosubmit = () => {
  for (const el of document.querySelectorAll('select[data-autosubmit]')) {
    el.addEventListener('change', () => el.form.requestSubmit());
  }
};

// A draft's form saves itself a second after the last keystroke, as the same POST the Save
// button sends, asking for JSON; the version it read goes with it (If-Match at the API).
const autosave = () => {
  const form = document.querySelector('form[data-autosave]');
  if (!form) return;
  const status = document.getElementById('save-status');
  const conflict = document.getElementById('conflict');
  let timer = null;
  let stopped = false;
  const save = async () => {
    if (stopped) return;
    status.textContent = form.dataset.saving;
    const body = new URLSearchParams(new FormData(form));
    body.set('_action', 'autosave');
    const answer = await fetch(form.action, { method: 'POST', body, headers: { Accept: 'application/json' }, credentials: 'same-origin' });
    const result = await answer.json().catch(() => ({}));
    if (answer.status === 412) {
      stopped = true;
      status.textContent = '';
      conflict.hidden = false;
      conflict.querySelector('[data-compare]').addEventListener('click', () => compare(result.current || {}), { once: true });
      conflict.focus();
      return;
    }
    for (const el of form.querySelectorAll('[aria-invalid]')) el.removeAttribute('aria-invalid');
    for (const el of form.querySelectorAll('.field-error[data-live]')) el.remove();
    if (result.version) form.elements._version.value = result.version;
    for (const [section, count] of Object.entries(result.wordCounts || {})) {
      const el = document.getElementById(`words-${section}`);
      if (!el) continue;
      el.textContent = count.text;
      el.classList.toggle('over', count.over);
    }
    for (const [field, message] of Object.entries(result.violations || {})) {
      const input = form.querySelector(`[data-field="${CSS.escape(field)}"]`);
      if (!input) continue;
      input.setAttribute('aria-invalid', 'true');
      const note = document.createElement('p');
      note.className = 'field-error';
      note.dataset.live = '';
      note.textContent = message;
      input.after(note);
    }
    status.textContent = answer.ok ? form.dataset.saved : form.dataset.invalid;
  };
  const compare = (current) => {
    const table = document.getElementById('compare');
    const rows = table.querySelector('tbody');
    rows.replaceChildren();
    for (const el of form.elements) {
      if (!el.name || el.name.startsWith('_') || !(el.name in current)) continue;
      const mine = el.type === 'checkbox' ? (el.checked ? el.value : '') : el.value;
      const theirs = current[el.name];
      if (el.type === 'checkbox' ? (theirs.split('\n').includes(el.value) === el.checked) : mine === theirs) continue;
      const row = rows.insertRow();
      row.insertCell().textContent = el.labels && el.labels[0] ? el.labels[0].textContent : el.name;
      row.insertCell().textContent = mine;
      row.insertCell().textContent = el.type === 'checkbox' ? theirs.replaceAll('\n', ', ') : theirs;
    }
    table.hidden = false;
  };
  form.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(save, 1000);
  });
};

charts();
localTimes();
autosubmit();
autosave();
