/*
 * Copyright Camunda Services GmbH and/or licensed to Camunda Services GmbH
 * under one or more contributor license agreements. See the NOTICE file
 * distributed with this work for additional information regarding copyright
 * ownership. Camunda licenses this file to you under the Apache License,
 * Version 2.0; you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

/*
 * Cascade: the Camunda webapps speak Vietnamese by default, English on request.
 *
 * How the webapps choose the language (camunda-commons-ui, 7.24): they take the primary subtag of the browser's
 * FIRST preferred language (navigator.languages[0]); if it is one of `locales.availableLocales` they use it,
 * otherwise `locales.fallbackLocale`. The fallback locale is also the language used for any label that is
 * missing from the chosen locale file. To get "Vietnamese for every browser, English as fallback", this file
 * (an ES module the webapp imports before AngularJS starts) tells the webapp which language the user chose:
 *   - `?lang=en` or `?lang=vi` in the address (e.g. /camunda/app/tasklist/default/?lang=en#/) chooses a
 *     language and remembers it in the browser (localStorage "cascade.lang", shared by all four webapps);
 *   - otherwise the remembered choice; otherwise Vietnamese.
 * English stays the fallback for labels missing from vi.json (e.g. after a Camunda upgrade adds new ones).
 */
const CASCADE_LANG_KEY = 'cascade.lang';
const CASCADE_LANGS = ['vi', 'en'];
const cascadeLang = (() => {
  try {
    const requested = new URLSearchParams(window.location.search).get('lang');
    if (CASCADE_LANGS.includes(requested)) {
      window.localStorage.setItem(CASCADE_LANG_KEY, requested);
      return requested;
    }
    const remembered = window.localStorage.getItem(CASCADE_LANG_KEY);
    if (CASCADE_LANGS.includes(remembered)) {
      return remembered;
    }
  } catch (e) {
    // no localStorage (private mode, disabled storage): Vietnamese
  }
  return 'vi';
})();
try {
  // The webapp reads only navigator.languages[0]; make it the chosen language for this page.
  Object.defineProperty(window.navigator, 'languages', {value: [cascadeLang], configurable: true});
} catch (e) {
  // read-only in this browser: the webapp then follows the browser's language (vi, or en as fallback)
}
document.documentElement.lang = cascadeLang;
/*
 * Cascade: dates in Camunda Forms are typed day/month/year. form-js (1.8, in Tasklist 7.24) takes the pattern of
 * its date fields from the browser's default locale (new Intl.DateTimeFormat('default')): in a browser set to
 * English it reads 24/01/2025 as the 24th month (and shows 12/1/2026), and Chromium in a container is English.
 * In Vietnamese, a date formatter asked for the default locale without options is the Vietnamese numeric date
 * with two-digit day and month (24/01/2025), whatever the browser's own language.
 */
if (cascadeLang === 'vi') {
  try {
    const NativeDateTimeFormat = Intl.DateTimeFormat;
    const CascadeDateTimeFormat = function (locales, options) {
      if ((locales === undefined || locales === 'default') && options === undefined) {
        return new NativeDateTimeFormat('vi-VN', {day: '2-digit', month: '2-digit', year: 'numeric'});
      }
      return new NativeDateTimeFormat(locales === 'default' ? 'vi-VN' : locales, options);
    };
    CascadeDateTimeFormat.prototype = NativeDateTimeFormat.prototype;
    CascadeDateTimeFormat.supportedLocalesOf = NativeDateTimeFormat.supportedLocalesOf.bind(NativeDateTimeFormat);
    Intl.DateTimeFormat = CascadeDateTimeFormat;
  } catch (e) {
    // a browser that does not let Intl be changed keeps its own date pattern
  }
}
/** The Vietnamese text, or the English one when the user chose English. */
const cascadeText = (vi, en) => (cascadeLang === 'en' ? en : vi);

export default {
  // Cascade: header and browser title read "Cascade Công việc" (vendor + " " + name; in English the Camunda name)
  app: {
    name: cascadeText('Công việc', 'Tasklist'),
    vendor: 'Cascade'
  },
  dateFormat: {
    // moment.js formats; Vietnamese administrative style: day/month/year, 24-hour clock
    monthName: 'MMMM',
    day: 'DD',
    abbr: 'DD/MM/YYYY HH:mm',
    normal: 'DD/MM/YYYY HH:mm',
    long: 'dddd, DD/MM/YYYY HH:mm',
    short: 'DD/MM/YYYY'
  },
  locales: {
    availableLocales: CASCADE_LANGS,
    fallbackLocale: 'en'
  },
  // Cascade: scripts/cascade-locale.js keeps moment.js dates in the interface language (see that file)
  // Cascade: scripts/cascade-task-link.js tells in Vietnamese that a linked task is no longer open
  requireJsConfig: {
    deps: ['cascade-locale', 'cascade-task-link'],
    paths: {'cascade-locale': 'scripts/cascade-locale', 'cascade-task-link': 'scripts/cascade-task-link'},
    ngDeps: ['cascade.locale', 'cascade.taskLink']
  },
  // change the app name and vendor
  // app: {
  //   name: 'Todos',
  //   vendor: 'Company'
  // },
  //
  // configure the date format
  // "dateFormat": {
  //   "normal": "LLL",
  //   "long":   "LLLL"
  // },
  //
  // "locales": {
  //    "availableLocales": ["en", "de"],
  //    "fallbackLocale": "en"
  //  },
  // customScripts: [
  //   // If you have a folder called 'my-custom-script' (in the 'tasklist' folder)
  //   // with a file called 'customScript.js' in it
  //   // 'my-custom-script/customScript'
  // ],
  // requireJsConfig: {
  //   // AngularJS module names
  //   ngDeps: ['ui.bootstrap'],
  //   // RequireJS configuration for a complete configuration documentation see:
  //   // http://requirejs.org/docs/api.html#config
  //   deps: ['jquery', 'custom-ui'],
  //   paths: {
  //     // if you have a folder called `custom-ui` (in the `scripts` folder)
  //     // with a file called `scripts.js` in it and defining the `custom-ui` AMD module
  //     'custom-ui': 'custom-ui/scripts'
  //   }
  // },
  // csrfCookieName: 'XSRF-TOKEN',
  // disableWelcomeMessage: false,
  // assignProcessInstanceIdToTaskComment: true,

  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: cascadeText('nhận xử lý công việc đang chọn', 'claims the currently selected task')
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: cascadeText('chuyển đến bộ lọc đầu tiên trong danh sách', 'set the focus to the first filter in the list')
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: cascadeText('chuyển đến công việc đầu tiên trong danh sách', 'sets the focus to the first task in the list')
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: cascadeText('chuyển đến ô nhập đầu tiên của biểu mẫu công việc', 'sets the focus to the first input field in a task form')
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: cascadeText('mở hộp thoại bắt đầu quy trình', 'opens the start process modal dialog')
    }
  }
};
