package segment

import (
	_ "embed"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// dictData holds "word freq\n" lines sorted bytewise; see internal/gendict.
// It is never modified.
//
//go:embed dict.txt
var dictData string

// dictStart is a row of dictIndex: a character and the offset of the
// first line of dict.txt whose word starts with it.
type dictStart struct {
	r   rune
	off int32
}

// firstRuneSpan returns the lines of dict.txt whose words start with r:
// [lo, hi), empty when none does.
func firstRuneSpan(r rune) (lo, hi int) {
	i, ok := slices.BinarySearchFunc(dictIndex[:], r, func(d dictStart, r rune) int { return int(d.r - r) })
	if !ok {
		return 0, 0
	}
	if i+1 < len(dictIndex) {
		return int(dictIndex[i].off), int(dictIndex[i+1].off)
	}
	return int(dictIndex[i].off), len(dictData)
}

// eachWord calls fn for each occurrence in s of a dictionary word that
// starts and ends on a rune boundary, in order of start then length. s must
// be valid UTF-8.
func eachWord(s string, fn func(word string, freq int64)) {
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		// the words that start with r; extend key = s[i:j] rune by rune
		// while some word starts with it: the words not less than key
		// start at or after the last lo
		lo, hi := firstRuneSpan(r)
		for j := i + size; lo < hi; {
			key := s[i:j]
			lo = lowerBound(dictData, lo, hi, key)
			if lo == hi {
				break
			}
			word, freq := dictLine(dictData, lo)
			if !strings.HasPrefix(word, key) {
				break
			}
			if word == key {
				fn(word, freq)
			}
			if j == len(s) {
				break
			}
			_, n := utf8.DecodeRuneInString(s[j:])
			j += n
		}
		i += size
	}
}

// lowerBound returns the start of the first line in d[lo:hi] whose word is
// not less than key, or hi. lo and hi must be line starts (or len(d)), and
// d's lines sorted by word.
func lowerBound(d string, lo, hi int, key string) int {
	for lo < hi {
		mid := lo + (hi-lo)/2
		mid = lo + strings.LastIndexByte(d[lo:mid], '\n') + 1 // start of mid's line
		word, next := dictWord(d, mid)
		if word < key {
			lo = next
		} else {
			hi = mid
		}
	}
	return lo
}

// dictWord returns the word of the line starting at off and the start of
// the next line.
func dictWord(d string, off int) (word string, next int) {
	end := strings.IndexByte(d[off:], '\n')
	if end < 0 {
		end = len(d) - off
	}
	line := d[off : off+end]
	if sp := strings.IndexByte(line, ' '); sp >= 0 {
		line = line[:sp]
	}
	return line, off + end + 1
}

// dictLine returns the word and frequency of the line starting at off.
func dictLine(d string, off int) (word string, freq int64) {
	word, next := dictWord(d, off)
	f := d[off+len(word) : min(next, len(d))]
	f = strings.TrimSpace(f)
	freq, err := strconv.ParseInt(f, 10, 64)
	if err != nil {
		return word, 0
	}
	return word, freq
}
