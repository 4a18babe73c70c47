//go:build unix

package neo4jtest

import (
	"os"
	"sync"
	"syscall"
)

// locks are the lock files this process holds, with how many holders:
// a test that opens a second store while holding the first's lock must
// not wait for itself.
var (
	mu    sync.Mutex
	locks = map[string]*held{}
)

type held struct {
	f *os.File
	n int
}

// lockFile takes an exclusive lock on path, waiting for another process
// that holds it; within the process it is reentrant.
func lockFile(path string) (func(), error) {
	mu.Lock()
	defer mu.Unlock()
	h := locks[path]
	if h == nil {
		f, err := os.OpenFile(path, os.O_CREATE|os.O_RDWR, 0o666)
		if err != nil {
			return nil, err
		}
		if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX); err != nil {
			f.Close()
			return nil, err
		}
		h = &held{f: f}
		locks[path] = h
	}
	h.n++
	return func() {
		mu.Lock()
		defer mu.Unlock()
		if h.n--; h.n == 0 {
			syscall.Flock(int(h.f.Fd()), syscall.LOCK_UN)
			h.f.Close()
			delete(locks, path)
		}
	}, nil
}
