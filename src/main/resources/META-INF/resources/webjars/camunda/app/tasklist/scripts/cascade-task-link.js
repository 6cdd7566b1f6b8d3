/*
 * Cascade: a link to a task that is no longer open (a mail's "mở" link after the task was completed) tells the user
 * so in Vietnamese (loaded by scripts/config.js, requireJsConfig).
 *
 * Tasklist 7.24 loads the task of "#/?task=<id>" and, when the engine answers "No matching task with id <id>", shows
 * that English message under its heading "Công việc không còn tồn tại". This replaces the message with what happened
 * and what to do: the task was completed (or handed on) and the unit's open work is in "Việc của đơn vị". When the
 * user may read the task's history, it names the task and when it was completed.
 */
define(['angular'], function (angular) {
  'use strict';
  var NO_TASK = /No matching task with id (\S+)/;

  function vnDateTime(iso) {
    var d = new Date(iso);
    if (isNaN(d)) {
      return '';
    }
    var two = function (n) { return (n < 10 ? '0' : '') + n; };
    return two(d.getDate()) + '/' + two(d.getMonth() + 1) + '/' + d.getFullYear() + ' ' + two(d.getHours()) + ':'
      + two(d.getMinutes());
  }

  angular.module('cascade.taskLink', []).config(['$provide', function ($provide) {
    $provide.decorator('Notifications', ['$delegate', '$injector', function (Notifications, $injector) {
      var addError = Notifications.addError;
      Notifications.addError = function (notification) {
        var match = notification && typeof notification.message === 'string' && NO_TASK.exec(notification.message);
        if (!match || document.documentElement.lang === 'en') {
          return addError.apply(this, arguments);
        }
        var taskId = match[1];
        notification.status = 'Việc không còn mở';
        notification.message = 'Việc này đã hoàn thành hoặc không thuộc quyền xử lý của bạn (mã việc ' + taskId
          + '). Các việc đang chờ của đơn vị ở bộ lọc «Việc của đơn vị».';
        var shown = addError.apply(this, arguments);
        // who may read the task's history learns which task it was and when it was completed
        var http = $injector.get('$http');
        var Uri = $injector.has('Uri') ? $injector.get('Uri') : null;
        var base = Uri ? Uri.appUri('engine://engine/:engine/') : '/camunda/api/engine/engine/default/';
        http.get(base + 'history/task', {params: {taskId: taskId}}).then(function (response) {
          var task = response.data && response.data[0];
          if (task && task.endTime) {
            notification.status = 'Việc này đã hoàn thành';
            notification.message = 'Việc «' + task.name + '» đã hoàn thành lúc ' + vnDateTime(task.endTime)
              + (task.assignee ? ' (người xử lý: ' + task.assignee + ')' : '') + ', nên không còn mở để bạn làm '
              + 'tiếp (mã việc ' + taskId + '). Các việc đang chờ của đơn vị ở bộ lọc «Việc của đơn vị».';
          }
        }).catch(angular.noop);
        return shown;
      };
      return Notifications;
    }]);
  }]);
});
