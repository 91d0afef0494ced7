package libraries

// OsloMessaging is oslo.messaging, OpenStack's RPC and notifications. A
// server is given endpoint objects, built once where the service starts:
// an RPC server calls any public method of theirs that a message names,
// a notification listener the method named for the notification's
// priority, each on that one object for every message.
func OsloMessaging() Library {
	l := Library{Name: "oslo_messaging"}
	// An endpoint that is the service itself (`get_rpc_server(target,
	// self)` in its start) also has the methods oslo.service's launcher
	// calls once: those are no message's.
	// So has a manager of OpenStack's services (init_host, cleanup_host),
	// which the service around it calls.
	rpcMethods := []string{"*", "!start", "!stop", "!wait", "!reset", "!run",
		"!init_host", "!cleanup_host", "!init_host_with_rpc", "!pre_start_hook", "!post_start_hook",
		"!prepare_host", "!del_host", "!periodic_tasks"}
	for _, fn := range []string{"oslo_messaging.get_rpc_server", "oslo_messaging.rpc.get_rpc_server",
		"oslo_messaging.rpc.server.get_rpc_server"} {
		l.EntryCalls = append(l.EntryCalls, EntryCall{Func: fn, Arg: 2, Keyword: "endpoints", Kind: "oslo-rpc",
			InstanceMethods: rpcMethods})
	}
	priorities := []string{"audit", "debug", "info", "warn", "error", "critical", "sample"}
	for _, fn := range []string{"oslo_messaging.get_notification_listener", "oslo_messaging.get_batch_notification_listener",
		"oslo_messaging.notify.get_notification_listener", "oslo_messaging.notify.get_batch_notification_listener"} {
		l.EntryCalls = append(l.EntryCalls, EntryCall{Func: fn, Arg: 2, Keyword: "endpoints", Kind: "oslo-notification",
			InstanceMethods: priorities})
	}
	l.SharedKinds = []string{"oslo-rpc", "oslo-notification"}
	return l
}
