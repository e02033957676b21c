// Server entry of lib/requests (database, partners, session). The pure model
// ("./model", which includes "./client") is re-exported here for server code.
export * from "./model";
export { loadAccountHeader } from "./account-header";
export { dashboardForAidant, requestForAidant } from "./aidant-view";
export { loadDashboard, loadFollowedRequest, type DashboardOptions, type RequestView } from "./dashboard";
export {
  countUnreadNotifications,
  listNotifications,
  markAllNotificationsRead,
  markNotificationRead,
  type PortalNotification,
} from "./notifications";
export { notificationEmailJob, notificationEmailWorker, sendNotificationEmail, type NotificationEmailOutcome } from "./notification-email";
export { findRequestTitles } from "./titles";
export { firstParam, forQuery, resolveViewer, whoseRequests, type Viewer } from "./viewer";
export { receiveWebhook, type WebhookDependencies, type WebhookOutcome } from "./webhooks";
