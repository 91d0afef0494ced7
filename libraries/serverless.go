package libraries

// Serverless is the calling convention of AWS Lambda's Python handlers
// and Google Cloud Functions' background functions: the platform calls
// `handler(event, context)` once per event, and a warm instance keeps
// the module's state from one event to the next. A handler's name says
// it is one where its context is left unnamed (`def handler(event, _)`).
func Serverless() Library {
	return Library{
		Name:         "serverless",
		ProtocolDefs: []ProtocolDef{{Params: []string{"event", "context"}, Kind: "serverless-handler", UnnamedIn: "handler"}},
	}
}
