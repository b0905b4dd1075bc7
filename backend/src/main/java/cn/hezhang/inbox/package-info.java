/**
 * 待办: a user's tasks from every process — their own and their candidate groups' — overdue first. Each module
 * that owns a process describes its tasks' business keys through {@link cn.hezhang.inbox.InboxSubjects}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Inbox")
package cn.hezhang.inbox;
