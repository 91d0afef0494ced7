package semantic

import (
	"runtime"
	"sync"

	"github.com/crosstalk-dev/crosstalk/python/parser"
)

// A prefetcher makes, on the cores the solver leaves idle, the summaries
// of the modules that the modules of the roots import at module level,
// with theirs, in that order: most of what a solve from them loads (on
// the 3.11 library, 1,681 of the 1,967 modules it needs), which the
// solver would otherwise parse one after the other; then those of the
// files the graph must have whether the solve needs them or not
// (LazySummaries.Paths), which the solver adds last. The graph is the
// same with or without it: the solver adds modules in the order it needs
// them, whoever made their summaries.
type prefetcher struct {
	mu    sync.Mutex
	done  *sync.Cond
	state map[*Module]*fetch
	quit  bool
	wg    sync.WaitGroup
}

// fetch is a module's summary, made or being made.
type fetch struct {
	sum  *cgSummary
	made bool // sum is final (nil: the module is left out)
}

// startPrefetch starts the prefetcher of the modules mods import, then
// of the modules of last, or returns nil on one core.
func startPrefetch(p *Program, mods, last []*Module, newParse func() func(*Module) *parser.File) *prefetcher {
	workers := runtime.GOMAXPROCS(0) - 1
	if workers < 1 {
		return nil
	}
	seen := map[*Module]bool{}
	var queue []*Module
	add := func(m *Module) {
		if m != nil && !seen[m] && p.Module(m.Name) == m {
			seen[m] = true
			queue = append(queue, m)
		}
	}
	for _, m := range mods {
		add(m)
	}
	for i := 0; i < len(queue); i++ {
		for _, name := range queue[i].importPrefixes() {
			add(p.Module(name))
		}
	}
	for _, m := range last {
		add(m)
	}
	var todo []*Module
	for _, m := range queue {
		if m.cg == nil && !m.IsTest() {
			todo = append(todo, m)
		}
	}
	pf := &prefetcher{state: make(map[*Module]*fetch, len(todo))}
	pf.done = sync.NewCond(&pf.mu)
	next := 0
	for range workers {
		pf.wg.Go(func() {
			var b Builder
			parse := newParse()
			for {
				pf.mu.Lock()
				for next < len(todo) && pf.state[todo[next]] != nil {
					next++ // the solver took it first
				}
				if pf.quit || next == len(todo) {
					pf.mu.Unlock()
					return
				}
				m := todo[next]
				f := &fetch{}
				pf.state[m] = f
				pf.mu.Unlock()
				var sum *cgSummary
				if file := parse(m); file != nil {
					sum = b.summarize(m, file)
				}
				pf.mu.Lock()
				f.sum, f.made = sum, true
				pf.done.Broadcast()
				pf.mu.Unlock()
			}
		})
	}
	return pf
}

// take returns m's summary when the prefetcher made it, waiting while
// it is being made; nil when it did not start on m, which it then leaves
// to the caller.
func (pf *prefetcher) take(m *Module) *cgSummary {
	if pf == nil {
		return nil
	}
	pf.mu.Lock()
	defer pf.mu.Unlock()
	f := pf.state[m]
	if f == nil {
		pf.state[m] = &fetch{made: true} // the caller's now
		return nil
	}
	for !f.made {
		pf.done.Wait()
	}
	return f.sum
}

// stop ends the prefetcher's work and waits for it.
func (pf *prefetcher) stop() {
	if pf == nil {
		return
	}
	pf.mu.Lock()
	pf.quit = true
	pf.mu.Unlock()
	pf.wg.Wait()
}
