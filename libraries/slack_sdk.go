package libraries

// SlackSDK is Slack's Python SDK: a Socket Mode client runs each listener
// appended to its socket_mode_request_listeners for every request the
// Socket Mode connection delivers (events, commands, interactions).
func SlackSDK() Library {
	l := Library{Name: "slack_sdk"}
	for _, client := range []string{"slack_sdk.socket_mode.SocketModeClient", "slack_sdk.socket_mode.client.BaseSocketModeClient",
		"slack_sdk.socket_mode.builtin.SocketModeClient", "slack_sdk.socket_mode.aiohttp.SocketModeClient",
		"slack_sdk.socket_mode.websocket_client.SocketModeClient", "slack_sdk.socket_mode.websockets.SocketModeClient"} {
		l.EntryCalls = append(l.EntryCalls, EntryCall{Func: client, Method: "socket_mode_request_listeners.append", Arg: 0,
			Kind: "slack-socket-listener"})
	}
	return l
}
