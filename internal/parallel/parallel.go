// Package parallel runs independent pieces of work on all cores.
package parallel

import (
	"runtime"
	"sync"
	"sync/atomic"
)

// For calls fn(0), ..., fn(n-1) on GOMAXPROCS goroutines and returns when
// all have returned. The calls may run in any order, so fn must write
// only what index i owns.
func For(n int, fn func(i int)) {
	ForEachWorker(n, func() func(int) { return fn })
}

// ForEachWorker is For with state of each goroutine's own (a parser, a
// builder): each calls worker once, then the function it returns for
// the indices it takes.
func ForEachWorker(n int, worker func() func(i int)) {
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), max(n, 1)) {
		wg.Go(func() {
			fn := worker()
			for i := int(next.Add(1)) - 1; i < n; i = int(next.Add(1)) - 1 {
				fn(i)
			}
		})
	}
	wg.Wait()
}
