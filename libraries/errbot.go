package libraries

// Errbot is the errbot chat-bot framework: a plugin's commands and
// webhooks run for every message or request. The plugin is one object,
// built when the bot loads it, but its commands keep the bot's state on
// it by design (a mode a command toggles, the configuration a command
// sets): the kind is not a shared one, whose writes to self CT106 reads
// as a request's data left on a long-lived object.
func Errbot() Library {
	l := Library{Name: "errbot"}
	for _, fn := range []string{"botcmd", "re_botcmd", "arg_botcmd", "webhook", "cmdfilter"} {
		for _, path := range []string{"errbot." + fn, "errbot.decorators." + fn} {
			l.EntryDecorators = append(l.EntryDecorators, EntryDecorator{Func: path, Kind: "errbot-command"})
		}
	}
	// What the bot calls on a plugin per message, presence or reaction.
	l.EntryClasses = classesOf("errbot-command", false, []string{"callback_message", "callback_mention", "callback_presence",
		"callback_reaction", "callback_room_joined", "callback_room_left", "callback_stream"}, "errbot.BotPlugin", "errbot.botplugin.BotPlugin")
	return l
}
