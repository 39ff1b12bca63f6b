// Package registry collects the policies linked into the engine and turns
// them into a validated, immutable set before the server starts.
//
// Registration happens in generated init() functions, long before main can
// report anything, so Add never fails: it records what it was given and
// Build reports every problem at once.
package registry

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"sync"
)

// Policy is the contract every registered policy satisfies. It mirrors
// main.Policy method for method, so a main.Policy converts to it implicitly.
type Policy interface {
	Name() string
	Execute(ctx context.Context, input any) (any, error)
	Validate() error
}

// Sentinel errors; Build wraps them with the policy's source so callers can
// test the kind with errors.Is and still print a message naming the type.
var (
	ErrNilPolicy     = errors.New("registered policy is nil")
	ErrEmptyName     = errors.New("policy Name() returned an empty string")
	ErrInvalidPolicy = errors.New("policy failed validation")
	ErrDuplicateName = errors.New("duplicate policy name")
	ErrPolicyPanic   = errors.New("policy panicked")
)

// Entry is one registered policy with the Go symbol it came from.
type Entry struct {
	Name   string `json:"name"`
	Source string `json:"source"`
	Policy Policy `json:"-"`
}

// Registry accumulates registrations. It is safe for concurrent use, although
// init() functions run sequentially in practice.
type Registry struct {
	mu      sync.Mutex
	pending []pendingEntry
}

type pendingEntry struct {
	source string
	policy Policy
}

// New returns an empty registry.
func New() *Registry { return &Registry{} }

// Add records a policy registration. source names the Go symbol, for example
// "example.com/policies/ratelimit.Limiter".
func (r *Registry) Add(source string, p Policy) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.pending = append(r.pending, pendingEntry{source: source, policy: p})
}

// Len reports how many registrations were recorded.
func (r *Registry) Len() int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return len(r.pending)
}

// Entries lists the registrations without validating them (used by --list).
// Policies whose Name() cannot be read are listed with an empty name.
func (r *Registry) Entries() []Entry {
	r.mu.Lock()
	pending := append([]pendingEntry(nil), r.pending...)
	r.mu.Unlock()
	out := make([]Entry, 0, len(pending))
	for _, pe := range pending {
		name := ""
		if pe.policy != nil {
			name, _ = safeName(pe.policy)
		}
		out = append(out, Entry{Name: name, Source: pe.source, Policy: pe.policy})
	}
	sortEntries(out)
	return out
}

// Build validates every registration and returns the immutable set the
// server uses. It reports all problems together (errors.Join): nil policies,
// empty or duplicate names (naming both sources), and Validate() failures or
// panics.
func (r *Registry) Build() (*Set, error) {
	r.mu.Lock()
	pending := append([]pendingEntry(nil), r.pending...)
	r.mu.Unlock()

	var errs []error
	byName := make(map[string]Entry, len(pending))
	for _, pe := range pending {
		if pe.policy == nil {
			errs = append(errs, fmt.Errorf("%s: %w", pe.source, ErrNilPolicy))
			continue
		}
		name, err := safeName(pe.policy)
		if err != nil {
			errs = append(errs, fmt.Errorf("%s: Name(): %w", pe.source, err))
			continue
		}
		if name == "" {
			errs = append(errs, fmt.Errorf("%s: %w", pe.source, ErrEmptyName))
			continue
		}
		if prev, dup := byName[name]; dup {
			errs = append(errs, fmt.Errorf("%w %q: registered by %s and by %s; rename one of them",
				ErrDuplicateName, name, prev.Source, pe.source))
			continue
		}
		if err := safeValidate(pe.policy); err != nil {
			errs = append(errs, fmt.Errorf("%s (policy %q): %w: %w", pe.source, name, ErrInvalidPolicy, err))
			continue
		}
		byName[name] = Entry{Name: name, Source: pe.source, Policy: pe.policy}
	}
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	entries := make([]Entry, 0, len(byName))
	for _, e := range byName {
		entries = append(entries, e)
	}
	sortEntries(entries)
	return &Set{entries: entries, byName: byName}, nil
}

// Set is the validated, read-only collection of policies. Lookups need no
// locking because nothing changes after Build.
type Set struct {
	entries []Entry
	byName  map[string]Entry
}

// NewSet is a convenience for tests and embedders: it registers the given
// policies under generated sources and builds the set.
func NewSet(policies map[string]Policy) (*Set, error) {
	r := New()
	sources := make([]string, 0, len(policies))
	for src := range policies {
		sources = append(sources, src)
	}
	sort.Strings(sources)
	for _, src := range sources {
		r.Add(src, policies[src])
	}
	return r.Build()
}

// Lookup finds a policy by the name its Name() method returned.
func (s *Set) Lookup(name string) (Entry, bool) {
	e, ok := s.byName[name]
	return e, ok
}

// Entries returns the policies sorted by name. The slice is a copy.
func (s *Set) Entries() []Entry { return append([]Entry(nil), s.entries...) }

// Len reports the number of policies.
func (s *Set) Len() int { return len(s.entries) }

func sortEntries(es []Entry) {
	sort.SliceStable(es, func(i, j int) bool {
		if es[i].Name != es[j].Name {
			return es[i].Name < es[j].Name
		}
		return es[i].Source < es[j].Source
	})
}

// safeName and safeValidate turn a panic in user code into an error so one
// broken policy produces a message instead of a crash with a stack trace.
func safeName(p Policy) (name string, err error) {
	defer func() {
		if v := recover(); v != nil {
			err = fmt.Errorf("%w: %v", ErrPolicyPanic, v)
		}
	}()
	return p.Name(), nil
}

func safeValidate(p Policy) (err error) {
	defer func() {
		if v := recover(); v != nil {
			err = fmt.Errorf("%w in Validate(): %v", ErrPolicyPanic, v)
		}
	}()
	return p.Validate()
}
