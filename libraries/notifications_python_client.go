package libraries

// NotificationsPythonClient is GOV.UK Notify's client: each
// NotificationsAPIClient keeps a requests session of its own.
func NotificationsPythonClient() Library {
	return Library{
		Name: "notifications_python_client",
		ClientFactories: []string{"notifications_python_client.NotificationsAPIClient",
			"notifications_python_client.notifications.NotificationsAPIClient"},
	}
}
