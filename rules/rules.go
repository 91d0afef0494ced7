// Package rules holds crosstalk's rules, one file per rule. All is the
// rule table: adding a rule means adding its file and one line here.
package rules

import "github.com/crosstalk-dev/crosstalk/analysis"

// All returns every rule, in code order.
func All() []*analysis.Analyzer {
	return []*analysis.Analyzer{
		ClassAttributeWrittenFromMethod,
		MutableClassAttributeMutated,
		ClassStateResetShadows,
		MutableDefaultArgument,
		MethodCacheSharedAcrossInstances,
		RequestStateOnLongLivedObject,
		ProcessLocalCacheOfSharedData,
		SingletonInitReruns,
		LockDoesNotSpanProcesses,
		ModuleStateMutatedPerCall,
		ClientFactoryPerCall,
		SelfRebound,
		StaleObjectAfterHandoff,
		LostUpdate,
		ThreadLocalInAsync,
		LoopBoundClientAcrossLoops,
	}
}
