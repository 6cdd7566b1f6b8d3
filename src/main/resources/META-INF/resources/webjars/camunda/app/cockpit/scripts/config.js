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
/** The Vietnamese text, or the English one when the user chose English. */
const cascadeText = (vi, en) => (cascadeLang === 'en' ? en : vi);

export default {
  // Cascade: header and browser title read "Cascade Giám sát" (vendor + " " + name; in English the Camunda name)
  app: {
    name: cascadeText('Giám sát', 'Cockpit'),
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
  // Cascade: the plugin "Tình hình thực hiện nhiệm vụ" (dashboard card, header link and page #/tinh-hinh-thuc-hien),
  // a plain ES module (no build step); Cockpit imports it from app/cockpit/scripts/
  customScripts: ['scripts/cascade-compliance.js'],
  // Cascade: scripts/cascade-locale.js keeps moment.js dates in the interface language (see that file)
  // Cascade: scripts/cascade-read-only.js hides the variable edit buttons from those who may not change them
  requireJsConfig: {
    deps: ['cascade-locale', 'cascade-read-only'],
    paths: {'cascade-locale': 'scripts/cascade-locale', 'cascade-read-only': 'scripts/cascade-read-only'},
    ngDeps: ['cascade.locale', 'cascade.readOnly']
  },
  // // change the app name and vendor
  // app: {
  //   name: 'Operations',
  //   vendor: 'Company'
  // },
  // customScripts: [
  //   // If you have a folder called 'my-custom-script' (in the 'cockpit' folder)
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
  //     // if you have a folder called `custom-ui` (in the `cockpit` folder)
  //     // with a file called `scripts.js` in it and defining the `custom-ui` AMD module
  //     'custom-ui': 'custom-ui/scripts'
  //   }
  // },
  // historicActivityInstanceMetrics: {
  //   adjustablePeriod: true,
  //   //select from the default time period: day, week, month, complete
  //   period: {
  //     unit: 'week'
  //   }
  // },
  // runtimeActivityInstanceMetrics: {
  //   display: true
  // },
  // 'locales': {
  //   'availableLocales': ['en', 'de'],
  //   'fallbackLocale': 'en'
  // },
  // skipCustomListeners: {
  //   default: true,
  //   hidden: false
  // },
  // skipIoMappings: {
  //   default: true,
  //   hidden: false
  // },
  // cascade: {
  //   default: false
  // },
  // 'batchOperation' : {
  //   // select mode of query for process instances or decision instances
  //   // possible values: filter, search
  //   'mode': 'filter',
  //
  //   // select if Historic Batches should be loaded automatically when navigating to #/batch
  //   'autoLoadEnded': true
  // },
  // bpmnJs: {
  //   moddleExtensions: {
  //     // if you have a folder called 'my-custom-moddle' (in the 'cockpit' folder)
  //     // with a file called 'camunda.json' in it defining the 'camunda' moddle extension
  //     camunda: 'my-custom-moddle/camunda'
  //   },
  //   additionalModules: [
  //     // if you have a folder called 'my-custom-module' (in the 'cockpit' folder)
  //     // with a file called 'module.js' in it
  //     'my-custom-module/module'
  //   ],
  // },
  // defaultFilter: {
  //   historicProcessDefinitionInstancesSearch: {
  //     lastDays: 5,
  //     event: 'started'
  //   }
  // },
  // csrfCookieName: 'XSRF-TOKEN',
  // disableWelcomeMessage: false,
  // userOperationLogAnnotationLength: 5000,
  // previewHtml: true
};
