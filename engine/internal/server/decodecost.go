package server

// Costs, in bytes allocated, of decoding one JSON token into `any` with
// encoding/json. A 1 MiB body of small tokens allocates up to 54 times its
// size ([{"a":1},...]), so the body limit alone does not bound memory; these
// figures are upper bounds measured on Go 1.26 (TestDecodeCostIsAnUpperBound
// re-measures them on the toolchain in use).
const (
	costValue       = 80  // the interface slot, amortised over []any growth by 1.25x
	costObject      = 64  // map header
	costFirstMember = 272 // the first map group (8 slots of string key + any value)
	costMember      = 128 // each further member, amortised over map growth
	costArray       = 48  // slice header and first backing array
	costString      = 16  // boxed string header; the bytes are counted too
	costEscapes     = 32  // unquoting a string with escapes allocates a second buffer
	largeAlloc      = 32 << 10
	pageSize        = 8 << 10 // allocations above largeAlloc are rounded up to pages
	costNumber      = 48      // boxed float64 (more under -race)
	costLiteral     = 16      // true, false, null
)

// decodeCost estimates, in one pass and without allocating, how many bytes
// decoding body into `any` will allocate. It never under-estimates valid
// JSON; for invalid JSON any figure will do, since decoding fails anyway.
func decodeCost(body []byte) int64 {
	var cost, strLen int64
	inString, escaped, hasEscapes, inNumber, openObject := false, false, false, false, false
	for _, c := range body {
		if inString {
			switch {
			case escaped:
				escaped = false
			case c == '\\':
				escaped, hasEscapes = true, true
			case c == '"':
				inString = false
				cost += stringBytes(strLen, hasEscapes)
			}
			strLen++
			continue
		}
		if inNumber {
			if (c >= '0' && c <= '9') || c == '.' || c == 'e' || c == 'E' || c == '+' || c == '-' {
				continue
			}
			inNumber = false
		}
		switch c {
		case '"':
			inString, hasEscapes, strLen = true, false, 0
			cost += costValue + costString
		case '{':
			openObject = true
			cost += costValue + costObject
		case '[':
			cost += costValue + costArray
		case ':':
			if openObject {
				openObject = false
				cost += costFirstMember
			} else {
				cost += costMember
			}
		case 't', 'f', 'n':
			cost += costValue + costLiteral
		case '-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
			inNumber = true
			cost += costValue + costNumber
		}
	}
	return cost
}

// stringBytes is what one string of n raw bytes allocates: its bytes rounded
// up to the allocator's size class (at most 1/8 more below 32 KiB, a page
// above), twice when escapes force an unquoting buffer.
func stringBytes(n int64, hasEscapes bool) int64 {
	b := n + n/8
	if n > largeAlloc {
		b = n + pageSize
	}
	if hasEscapes {
		b = 2*b + costEscapes
	}
	return b
}
