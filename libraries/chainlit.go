package libraries

// Chainlit is the Chainlit chat-app framework: its decorators register
// handlers that run per chat session or per message.
func Chainlit() Library {
	l := Library{Name: "chainlit"}
	for _, name := range []string{"on_chat_start", "on_chat_resume", "on_chat_end", "on_message", "on_audio_start",
		"on_audio_chunk", "on_audio_end", "on_stop", "on_logout", "on_settings_update", "action_callback",
		"password_auth_callback", "header_auth_callback", "oauth_callback", "set_starters", "set_chat_profiles",
		"author_rename", "on_window_message"} {
		for _, mod := range []string{"chainlit.", "chainlit.callbacks."} {
			l.EntryDecorators = append(l.EntryDecorators, EntryDecorator{Func: mod + name, Kind: "chainlit-handler"})
		}
	}
	return l
}
