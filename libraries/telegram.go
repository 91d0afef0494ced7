package libraries

// Telegram is python-telegram-bot: an Application runs the callback of
// each handler it is given for every update that matches it.
func Telegram() Library {
	l := Library{Name: "telegram"}
	for _, h := range []struct {
		name string
		arg  int
	}{
		{"CommandHandler", 1}, {"MessageHandler", 1}, {"CallbackQueryHandler", 0}, {"InlineQueryHandler", 0},
		{"ChatMemberHandler", 0}, {"PollAnswerHandler", 0}, {"PreCheckoutQueryHandler", 0},
		{"ShippingQueryHandler", 0}, {"TypeHandler", 1}, {"PrefixHandler", 2}, {"ChosenInlineResultHandler", 0},
	} {
		for _, mod := range []string{"telegram.ext.", "telegram.ext._handlers."} {
			l.EntryCalls = append(l.EntryCalls, EntryCall{Func: mod + h.name, Arg: h.arg, Keyword: "callback", Kind: "telegram-handler"})
		}
	}
	return l
}
