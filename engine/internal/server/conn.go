package server

import (
	"context"
	"net"
	"sync"
	"sync/atomic"
)

// LimitListener caps open connections. Past the cap, Accept waits for one
// to close and new clients wait in the kernel's accept backlog: a
// connection costs memory from the moment it is accepted (buffers, header
// parsing), so refusing to accept is the only cap that bounds that memory.
type LimitListener struct {
	net.Listener
	slots     chan struct{}
	done      chan struct{}
	closeOnce sync.Once
	open      atomic.Int64
}

// NewLimitListener wraps ln; max <= 0 means no cap.
func NewLimitListener(ln net.Listener, max int64) *LimitListener {
	l := &LimitListener{Listener: ln, done: make(chan struct{})}
	if max > 0 {
		l.slots = make(chan struct{}, max)
	}
	return l
}

// Open is the number of accepted connections not yet closed.
func (l *LimitListener) Open() int64 { return l.open.Load() }

// Accept waits for a free slot, then for a connection.
func (l *LimitListener) Accept() (net.Conn, error) {
	if l.slots != nil {
		select {
		case l.slots <- struct{}{}:
		case <-l.done:
			return nil, net.ErrClosed
		}
	}
	c, err := l.Listener.Accept()
	if err != nil {
		l.release()
		return nil, err
	}
	l.open.Add(1)
	return &trackedConn{Conn: c, l: l}, nil
}

// Close stops accepting; it also wakes an Accept waiting for a slot.
func (l *LimitListener) Close() error {
	l.closeOnce.Do(func() { close(l.done) })
	return l.Listener.Close()
}

func (l *LimitListener) release() {
	if l.slots != nil {
		<-l.slots
	}
}

// trackedConn returns its slot once, on the first Close, and watches the
// request headers that pass through it for framing the server would accept
// silently (see headerScanner).
type trackedConn struct {
	net.Conn
	l         *LimitListener
	closeOnce sync.Once
	scan      headerScanner
	ambiguous atomic.Bool
}

func (c *trackedConn) Read(p []byte) (int, error) {
	n, err := c.Conn.Read(p)
	if n > 0 && c.scan.feed(p[:n]) {
		c.ambiguous.Store(true)
	}
	return n, err
}

func (c *trackedConn) Close() error {
	err := c.Conn.Close()
	c.closeOnce.Do(func() {
		c.l.open.Add(-1)
		c.l.release()
	})
	return err
}

type connKey struct{}

// ConnContext is an http.Server ConnContext hook that lets handlers find the
// connection a request arrived on.
func ConnContext(ctx context.Context, c net.Conn) context.Context {
	if tc, ok := c.(*trackedConn); ok {
		return context.WithValue(ctx, connKey{}, tc)
	}
	return ctx
}

// ambiguousFraming reports whether a header block with both
// Transfer-Encoding and Content-Length arrived on the request's connection.
// net/http drops the Content-Length of such a request and serves it as
// chunked; RFC 9112 section 6.1 asks a server to treat it as an error and
// close the connection, since a proxy in front may have framed it the other
// way (request smuggling).
func ambiguousFraming(ctx context.Context) bool {
	tc, ok := ctx.Value(connKey{}).(*trackedConn)
	return ok && tc.ambiguous.Load()
}

// headerScanner looks at the byte stream of a connection line by line and
// remembers whether one block of lines (up to an empty line) had both a
// Content-Length and a Transfer-Encoding header. It keeps a few bytes per
// line, never a whole line. A body can only trip it if it holds lines that
// look like header fields, which neither JSON nor chunk framing does; such a
// client only refuses its own request.
type headerScanner struct {
	prefix    [len("transfer-encoding:")]byte
	n         int  // bytes of the current line seen
	sawCL     bool // in the current block
	sawTE     bool
	tripped   bool
	lastWasCR bool
}

func (s *headerScanner) feed(p []byte) bool {
	for _, c := range p {
		if c == '\n' {
			s.endLine()
			continue
		}
		if s.n < len(s.prefix) {
			s.prefix[s.n] = lower(c)
		}
		s.n++
		s.lastWasCR = c == '\r'
	}
	return s.tripped
}

func (s *headerScanner) endLine() {
	n := s.n
	if s.lastWasCR {
		n-- // CRLF
	}
	line := s.prefix[:min(n, len(s.prefix))]
	switch {
	case n <= 0: // blank line: the header block ended
		s.sawCL, s.sawTE = false, false
	case hasField(line, "content-length:"):
		s.sawCL = true
	case hasField(line, "transfer-encoding:"):
		s.sawTE = true
	}
	if s.sawCL && s.sawTE {
		s.tripped = true
	}
	s.n, s.lastWasCR = 0, false
}

func hasField(line []byte, name string) bool {
	return len(line) >= len(name) && string(line[:len(name)]) == name
}

func lower(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}
