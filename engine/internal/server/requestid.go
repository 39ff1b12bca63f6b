package server

import (
	"crypto/rand"
	"encoding/hex"
	"strconv"
	"sync/atomic"
)

// maxRequestIDLen bounds an incoming X-Request-Id: it is echoed in the
// response and written to every log line of the request.
const maxRequestIDLen = 128

// requestIDs makes ids unique within a process (a counter) and across
// processes (a random prefix drawn once), without a crypto/rand read per
// request.
type requestIDs struct {
	prefix string
	next   atomic.Uint64
}

func newRequestIDs() *requestIDs {
	var b [6]byte
	_, _ = rand.Read(b[:]) // never fails on supported platforms (Go 1.24+ panics instead)
	return &requestIDs{prefix: hex.EncodeToString(b[:]) + "-"}
}

// id keeps a valid incoming id (so a trace can be followed from the load
// balancer through the engine) and makes a new one otherwise.
func (g *requestIDs) id(incoming string) string {
	if validRequestID(incoming) {
		return incoming
	}
	return g.prefix + strconv.FormatUint(g.next.Add(1), 36)
}

// validRequestID accepts 1-128 characters from a set that cannot break a log
// line, a header or a shell: letters, digits and - _ . : / + = @.
func validRequestID(s string) bool {
	if len(s) == 0 || len(s) > maxRequestIDLen {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9':
		case c == '-' || c == '_' || c == '.' || c == ':' || c == '/' || c == '+' || c == '=' || c == '@':
		default:
			return false
		}
	}
	return true
}
