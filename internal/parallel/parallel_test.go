package parallel

import (
	"runtime"
	"sync/atomic"
	"testing"
)

func TestForCallsEachIndexOnce(t *testing.T) {
	for _, n := range []int{0, 1, 7, 1000} {
		calls := make([]atomic.Int32, n)
		For(n, func(i int) { calls[i].Add(1) })
		for i := range calls {
			if got := calls[i].Load(); got != 1 {
				t.Fatalf("n=%d: index %d called %d times", n, i, got)
			}
		}
	}
}

func TestForEachWorkerGivesEachGoroutineItsOwnState(t *testing.T) {
	const n = 1000
	calls := make([]atomic.Int32, n)
	var workers atomic.Int32
	ForEachWorker(n, func() func(int) {
		workers.Add(1)
		mine := 0 // a goroutine's own: no other writes it
		return func(i int) {
			mine++
			calls[i].Add(1)
		}
	})
	for i := range calls {
		if got := calls[i].Load(); got != 1 {
			t.Fatalf("index %d called %d times", i, got)
		}
	}
	if w := workers.Load(); w < 1 || int(w) > runtime.GOMAXPROCS(0) {
		t.Errorf("%d workers, want 1 to GOMAXPROCS", w)
	}
}
