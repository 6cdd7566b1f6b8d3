/*
 * Cascade: keeps dates in the language of the interface (loaded by scripts/config.js, requireJsConfig).
 *
 * The webapp loads two locale files: the chosen one (vi) and the fallback (en). Each file carries moment.js
 * date locales, and loading a file makes its date locale the global one (moment.updateLocale/defineLocale),
 * so whichever file arrives last wins: labels in Vietnamese but "in 3 days" instead of "3 ngày tới". After
 * every locale file has loaded, this sets moment's locale back to the language in use.
 */
define(['angular'], function (angular) {
  'use strict';
  angular.module('cascade.locale', []).run(['$rootScope', '$injector', '$translate', function ($rootScope, $injector, $translate) {
    var amMoment = $injector.has('amMoment') ? $injector.get('amMoment') : null;
    var moment = $injector.has('moment') ? $injector.get('moment') : null;
    function syncDateLocale() {
      var lang = $translate.use() || $translate.proposedLanguage();
      if (!lang || !moment || moment.locale() === lang || moment.locales().indexOf(lang) < 0) {
        return;
      }
      if (amMoment) {
        amMoment.changeLocale(lang); // also re-renders am-time-ago ("3 ngày tới")
      } else {
        moment.locale(lang);
      }
    }
    $rootScope.$on('$translateLoadingSuccess', function () {
      // the loader sets the date locale after this event: look again once it is done
      setTimeout(function () { $rootScope.$applyAsync(syncDateLocale); });
    });
    $rootScope.$on('$translateLoadingEnd', syncDateLocale);
    $rootScope.$on('$translateChangeSuccess', syncDateLocale);
    $rootScope.$on('$translateChangeEnd', syncDateLocale);
  }]);
});
