package memlimit

import (
	"fmt"
	"math"
	"runtime/debug"
)

// Terms of the worst-case formula that are not flags. They are measured
// upper bounds on Go 1.22-1.26, not averages (see engine/README.md).
const (
	// Baseline is the engine before any request: runtime, binary, the
	// policies' own state at rest.
	Baseline int64 = 16 << 20
	// connFixed is what an open connection holds besides its headers: the
	// server's bufio reader and writer (4 KiB each) and a goroutine stack.
	connFixed int64 = 16 << 10
	// GoMemLimitPercent of the memory limit becomes GOMEMLIMIT, leaving room
	// for memory the Go runtime does not manage (thread stacks, the binary).
	GoMemLimitPercent = 90
	// Defaults for the limits when no memory limit is known (the engine's
	// behaviour before memory-aware sizing).
	DefaultMaxInFlight int64 = 1024
	DefaultMaxConns    int64 = 1024
)

// Plan holds the flags the formula depends on and the memory limit, if any.
type Plan struct {
	Limit       int64  // bytes the process may use; 0 when unknown
	Source      string // where Limit came from: cgroup, flag, GOMEMLIMIT or none
	MaxBody     int64
	MaxDecode   int64
	MaxResponse int64
	MaxHeader   int64
	MaxInFlight int64 // 0: size it from Limit
	MaxConns    int64 // 0: size it from Limit
}

// PerConnection is the most one connection can hold while its headers are
// read: up to MaxHeader bytes of header text and about as much again in the
// parsed header map, plus the fixed part.
func (p Plan) PerConnection() int64 { return 2*p.MaxHeader + connFixed }

// PerRequest is the most one admitted execute request can hold: the body
// (twice its limit while a chunked body grows), the decoded input (bounded
// by the decode budget), and the encoded result (up to three times the
// response cap while json.Marshal grows and copies its buffer).
func (p Plan) PerRequest() int64 { return 2*p.MaxBody + p.MaxDecode + 3*p.MaxResponse }

// WorstCase is Baseline + connections x PerConnection + in-flight x PerRequest.
// Policies' own allocations during Execute come on top: the engine cannot
// see them.
func (p Plan) WorstCase() int64 {
	return Baseline + p.MaxConns*p.PerConnection() + p.MaxInFlight*p.PerRequest()
}

// GoMemLimit is the soft limit handed to the Go runtime for Limit.
func (p Plan) GoMemLimit() int64 { return p.Limit / 100 * GoMemLimitPercent }

// Size fills MaxConns and MaxInFlight when they are 0. Without a memory
// limit they take the fixed defaults. With one, connections get at most a
// quarter of what GOMEMLIMIT leaves after the baseline and executions the
// rest, so WorstCase stays under GOMEMLIMIT whenever that is possible at all.
func (p *Plan) Size() {
	budget := p.GoMemLimit() - Baseline
	if p.Limit <= 0 || budget <= 0 {
		if p.MaxConns <= 0 {
			p.MaxConns = DefaultMaxConns
		}
		if p.MaxInFlight <= 0 {
			p.MaxInFlight = DefaultMaxInFlight
		}
		return
	}
	if p.MaxConns <= 0 {
		p.MaxConns = clamp(budget/4/p.PerConnection(), 16, DefaultMaxConns)
	}
	if p.MaxInFlight <= 0 {
		p.MaxInFlight = clamp((budget-p.MaxConns*p.PerConnection())/p.PerRequest(), 1, DefaultMaxInFlight)
	}
}

// Fits reports whether the worst case stays under GOMEMLIMIT; always true
// without a limit (nothing to compare with).
func (p Plan) Fits() bool { return p.Limit <= 0 || p.WorstCase() <= p.GoMemLimit() }

// Formula is the arithmetic written out for the start-up log.
func (p Plan) Formula() string {
	return fmt.Sprintf("%s + %d conns x %s + %d in flight x %s = %s",
		FormatSize(Baseline), p.MaxConns, FormatSize(p.PerConnection()),
		p.MaxInFlight, FormatSize(p.PerRequest()), FormatSize(p.WorstCase()))
}

// Apply hands GOMEMLIMIT to the runtime unless the GOMEMLIMIT environment
// variable already set one (an explicit operator choice wins). It returns
// the limit in force, or 0 for none.
func (p Plan) Apply(envSet bool) int64 {
	if !envSet && p.Limit > 0 {
		debug.SetMemoryLimit(p.GoMemLimit())
	}
	if cur := debug.SetMemoryLimit(-1); cur != math.MaxInt64 {
		return cur
	}
	return 0
}

func clamp(v, lo, hi int64) int64 {
	return min(max(v, lo), hi)
}
