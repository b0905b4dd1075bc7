/**
 * 通知: the in-app inbox of notices with an unread count. Listens to other modules' events after they commit
 * and writes one notice per event and recipient (a unique key drops a repeat, so a timer job that ran twice
 * notifies once).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package cn.hezhang.notification;
