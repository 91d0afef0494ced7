package libraries

import "slices"

// Chalice is AWS's framework for Lambda functions: an app (and a
// blueprint an app takes in) registers by decorator the routes API
// Gateway calls per request and the functions that events (a schedule,
// an SQS message, an S3 object) call, each run on a Lambda instance that
// keeps its module state from one call to the next.
func Chalice() Library {
	apps := []string{"chalice.Chalice", "chalice.app.Chalice"}
	blueprints := []string{"chalice.Blueprint", "chalice.app.Blueprint"}
	l := Library{Name: "chalice", TaskKinds: []string{"chalice-event"}}
	events := []string{"schedule", "on_s3_event", "on_sns_message", "on_sqs_message", "on_cw_event",
		"on_kinesis_record", "on_dynamodb_record", "lambda_function"}
	for _, fn := range slices.Concat(apps, blueprints) {
		l.EntryDecorators = slices.Concat(l.EntryDecorators,
			methodsOf(fn, "chalice-route", false, "route", "authorizer", "on_ws_connect", "on_ws_message", "on_ws_disconnect"),
			methodsOf(fn, "chalice-event", false, events...))
	}
	for _, fn := range apps {
		l.Mounts = append(l.Mounts, Mount{Func: fn, Method: "register_blueprint", Arg: 0, Keyword: "blueprint", Class: blueprints[0]})
	}
	return l
}
