package libraries

// Pika is RabbitMQ's client: a callback given to a channel's
// basic_consume runs for every message the queue delivers. The channel
// is most often kept behind a class of the project's (a context
// manager's property), so the call is matched by its name. A blocking
// connection is one TCP and AMQP handshake, meant to be opened once per
// process and kept, not per message.
func Pika() Library {
	l := Library{
		Name:      "pika",
		TaskKinds: []string{"pika-consumer"},
		ClientFactories: []string{"pika.BlockingConnection", "pika.adapters.BlockingConnection",
			"pika.adapters.blocking_connection.BlockingConnection"},
		// Not thread-safe: one per thread, kept, not one per process.
		ClientCosts: []ClientCost{{What: "a connection", Cost: "opens a TCP connection and makes an AMQP handshake of its own",
			Keep: "open one per worker thread, and keep it (a BlockingConnection is not thread-safe)"}},
	}
	for _, ch := range []string{"pika.channel.Channel", "pika.adapters.blocking_connection.BlockingChannel"} {
		l.EntryCalls = append(l.EntryCalls,
			EntryCall{Func: ch, Method: "basic_consume", Arg: 1, Keyword: "on_message_callback", Kind: "pika-consumer", AnyReceiver: true},
			// pika before 1.0: basic_consume(consumer_callback, queue), the
			// callback first (where 1.0 gives the queue's name).
			EntryCall{Func: ch, Method: "basic_consume", Arg: 0, Keyword: "consumer_callback", Kind: "pika-consumer", AnyReceiver: true})
	}
	return l
}
