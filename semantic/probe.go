package semantic

import (
	"slices"
	"strings"
)

// probeNames are the names, as words, of a health probe's handler once
// the words around them that say nothing are dropped (`get_health`,
// `HealthCheckView`, `readiness_probe`): a probe runs at the
// orchestrator's pace, every few seconds, whoever uses the service.
var probeNames = []string{"health", "healthz", "healthcheck", "health check", "health checks", "healthchecks",
	"liveness", "readiness", "livez", "readyz", "liveness check", "readiness check"}

// probeLead and probeTail are the words before and after a probe's name
// that say nothing of what it is.
var (
	probeLead = []string{"get", "api", "do", "handle", "check", "async"}
	probeTail = []string{"view", "views", "handler", "endpoint", "route", "resource", "api", "probe", "get"}
)

// probeName reports whether s, a def's or class's name, names a health
// probe's handler: not a patient's `HealthRecordView`.
func probeName(s string) bool {
	if !containsFold(s, "health") && !containsFold(s, "live") && !containsFold(s, "read") {
		return false
	}
	w := nameWords(s)
	for len(w) > 1 && slices.Contains(probeLead, w[0]) {
		w = w[1:]
	}
	for len(w) > 1 && slices.Contains(probeTail, w[len(w)-1]) {
		w = w[:len(w)-1]
	}
	return slices.Contains(probeNames, strings.Join(w, " "))
}

// probeDef reports whether name, a def's name within its module ("f",
// "C.get"), is a health probe's handler: its own name says so, or its
// class's.
func probeDef(name string) bool {
	parts := strings.Split(name, ".")
	return probeName(parts[len(parts)-1]) || len(parts) > 1 && probeName(parts[len(parts)-2])
}
