package libraries

// AWSLambdaPowertools is Powertools for AWS Lambda: its Logger keeps the
// keys append_keys gives it for every line logged after, across the
// invocations a warm instance serves, unless the handler's
// inject_lambda_context clears them (clear_state=True) or they are
// removed; its event handlers' routes run per invocation.
func AWSLambdaPowertools() Library {
	var l Library
	l.Name = "aws_lambda_powertools"
	for _, logger := range []string{"aws_lambda_powertools.Logger", "aws_lambda_powertools.logging.Logger",
		"aws_lambda_powertools.logging.logger.Logger"} {
		l.StateSetters = append(l.StateSetters, StateSetter{Class: logger, Methods: []string{"append_keys", "structure_logs"},
			Clears: []string{"remove_keys", "clear_state"}, ClearedBy: "clear_state"})
	}
	// Event handler resolvers: app.resolve(event, context) in the Lambda
	// handler runs the route the event names, one per invocation; a
	// Router's routes once an app takes it in.
	for _, mod := range []string{"aws_lambda_powertools.event_handler", "aws_lambda_powertools.event_handler.api_gateway"} {
		router := mod + ".Router"
		l.EntryDecorators = append(l.EntryDecorators, resolverRoutes(router)...)
		for _, r := range []string{"APIGatewayRestResolver", "APIGatewayHttpResolver", "ALBResolver",
			"LambdaFunctionUrlResolver", "VPCLatticeResolver", "VPCLatticeV2Resolver", "BedrockAgentResolver"} {
			l.EntryDecorators = append(l.EntryDecorators, resolverRoutes(mod+"."+r)...)
			l.Mounts = append(l.Mounts, Mount{Func: mod + "." + r, Method: "include_router", Arg: 0, Keyword: "router", Class: router})
		}
	}
	for _, mod := range []string{"aws_lambda_powertools.event_handler", "aws_lambda_powertools.event_handler.appsync"} {
		l.EntryDecorators = append(l.EntryDecorators, methodsOf(mod+".AppSyncResolver", "powertools-route", false, "resolver")...)
	}
	return l
}

// resolverRoutes are the route decorators of an event handler resolver.
func resolverRoutes(fn string) []EntryDecorator {
	return methodsOf(fn, "powertools-route", false, "route", "get", "post", "put", "delete", "patch", "head")
}
