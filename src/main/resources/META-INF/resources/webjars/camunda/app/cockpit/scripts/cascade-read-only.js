/*
 * Cascade: Cockpit offers to change a process instance's variables only to those who may (loaded by
 * scripts/config.js, requireJsConfig).
 *
 * Cockpit Community shows the edit and delete buttons of the variables table and the "add variable" action to
 * everyone who can open an instance, and the engine then refuses the change. The provincial leaders and the Finance
 * coordinators follow the work read-only: unless the user is an administrator or the engine says the user may update
 * process instances or the instances of a process definition, this hides those buttons (the class cascade-read-only
 * on <body>).
 */
define(['angular'], function (angular) {
  'use strict';
  var STYLE = [
    'body.cascade-read-only [cam-widget-variables-table] th.actions,',
    'body.cascade-read-only [cam-widget-variables-table] td.actions,',
    'body.cascade-read-only [data-plugin-id="add-variable-action"],',
    'body.cascade-read-only a.btn-toolbar[ng-click="openDialog()"]:has(.glyphicon-plus) { display: none !important; }'
  ].join('\n');

  angular.module('cascade.readOnly', []).run(['$http', '$rootScope', 'Uri', function ($http, $rootScope, Uri) {
    var style = document.createElement('style');
    style.setAttribute('data-cascade', 'read-only');
    style.textContent = STYLE;
    document.head.appendChild(style);
    // read-only until the engine says otherwise, so the buttons never flash for those who may not use them
    document.body.classList.add('cascade-read-only');

    function check(permissionName, resourceName, resourceType) {
      return $http.get(Uri.appUri('engine://engine/:engine/authorization/check'), {params: {
        permissionName: permissionName, resourceName: resourceName, resourceType: resourceType
      }}).then(function (response) {
        return !!(response.data && response.data.isAuthorized);
      }, function () {
        return false;
      });
    }

    // a Camunda administrator (camunda-admin) may do everything without authorizations of its own: the engine's
    // authorization check does not know that, the webapp's authentication does (it may open Admin)
    function isAdministrator() {
      return $http.get(Uri.appUri('admin://auth/user/:engine')).then(function (response) {
        return !!(response.data && response.data.authorizedApps && response.data.authorizedApps.indexOf('admin') >= 0);
      }, function () {
        return false;
      });
    }

    function update() {
      Promise.all([isAdministrator(), check('UPDATE', 'Process Instance', 8),
        check('UPDATE_INSTANCE', 'Process Definition', 6)])
        .then(function (answers) {
          document.body.classList.toggle('cascade-read-only', answers.indexOf(true) < 0);
        });
    }
    update();
    $rootScope.$on('authentication.changed', update);
  }]);
});
