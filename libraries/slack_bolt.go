package libraries

import "slices"

// SlackBolt is Slack's Bolt framework: an App registers listeners by
// decorator, each run for one incoming event, command or interaction,
// and middleware run before each of them.
func SlackBolt() Library {
	l := Library{Name: "slack_bolt"}
	listeners := []string{"event", "message", "command", "shortcut", "global_shortcut", "message_shortcut",
		"action", "block_action", "attachment_action", "dialog_submission", "dialog_cancellation",
		"view", "view_submission", "view_closed", "options", "block_suggestion", "dialog_suggestion",
		"function", "error"}
	for _, app := range []string{"slack_bolt.App", "slack_bolt.app.App", "slack_bolt.app.app.App",
		"slack_bolt.AsyncApp", "slack_bolt.async_app.AsyncApp", "slack_bolt.app.async_app.AsyncApp"} {
		l.EntryDecorators = slices.Concat(l.EntryDecorators,
			methodsOf(app, "slack-listener", false, listeners...),
			methodsOf(app, "slack-middleware", false, "middleware"))
		l.EntryCalls = append(l.EntryCalls, EntryCall{Func: app, Method: "use", Arg: 0, Keyword: "middleware", Kind: "slack-middleware"})
	}
	return l
}
