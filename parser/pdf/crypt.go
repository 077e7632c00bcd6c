package pdf

import (
	"bytes"
	"crypto/aes"
	"crypto/cipher"
	"crypto/md5"
	"crypto/rc4"
	"crypto/sha256"
	"crypto/sha512"
	"fmt"
	"hash"
)

// The standard security handler (ISO 32000-2 §7.6.4), revisions 2 to 6:
// the file key from the empty user password (or, failing that, the empty
// owner password, as viewers try both), and the decryption of strings and
// streams with it. A file that needs a real password is ErrEncrypted.

// cryptMethod is how a crypt filter encrypts.
type cryptMethod int

const (
	cryptIdentity cryptMethod = iota // not encrypted
	cryptRC4                         // RC4 with a per-object key (V2)
	cryptAESV2                       // AES-128-CBC with a per-object key
	cryptAESV3                       // AES-256-CBC with the file key
)

// security is an opened standard security handler.
type security struct {
	key             []byte // the file key
	stm, str        cryptMethod
	filters         map[string]cryptMethod // named crypt filters (/CF), for /Crypt stream filters
	encryptMetadata bool
}

// passwordPad pads passwords of revisions 2-4 (Algorithm 2, step a).
var passwordPad = []byte{
	0x28, 0xBF, 0x4E, 0x5E, 0x4E, 0x75, 0x8A, 0x41, 0x64, 0x00, 0x4E, 0x56, 0xFF, 0xFA, 0x01, 0x08,
	0x2E, 0x2E, 0x00, 0xB6, 0xD0, 0x68, 0x3E, 0x80, 0x2F, 0x0C, 0xA9, 0xFE, 0x64, 0x53, 0x69, 0x7A,
}

// Iteration counts of the MD5-based revisions.
const (
	md5KeyRounds = 50 // Algorithm 2, step f (R ≥ 3)
	rc4Rounds    = 19 // Algorithms 3 and 5: the extra RC4 passes (R ≥ 3)
)

// openSecurity opens the handler an /Encrypt dictionary describes, with
// id the first string of the trailer's /ID. get resolves an indirect value.
func openSecurity(enc pDict, id []byte, get func(pObj) pObj) (*security, error) {
	val := func(k string) pObj { return get(enc.get(k)) }
	if f, _ := val("Filter").(pName); f != "Standard" {
		return nil, fmt.Errorf("%w: security handler /%s (certificate or custom encryption)", ErrUnsupportedEncryption, f)
	}
	v, _ := intOf(val("V"))
	r, _ := intOf(val("R"))
	if v != 1 && v != 2 && v != 4 && v != 5 {
		return nil, fmt.Errorf("%w: encryption version V=%d", ErrUnsupportedEncryption, v)
	}
	if r < 2 || r > 6 {
		return nil, fmt.Errorf("%w: security handler revision R=%d", ErrUnsupportedEncryption, r)
	}
	o, _ := val("O").(pStr)
	u, _ := val("U").(pStr)
	p, _ := intOf(val("P"))
	s := &security{encryptMetadata: true, filters: map[string]cryptMethod{"Identity": cryptIdentity}}
	if b, ok := val("EncryptMetadata").(pKeyword); ok && b == "false" {
		s.encryptMetadata = false
	}
	// key length in bytes, for revisions 2-4
	n := 5
	if l, ok := intOf(val("Length")); ok && v == 2 {
		n = l / 8
	}
	if v >= 4 {
		cf, _ := val("CF").(pDict)
		for i, name := range cf.keys {
			d, _ := get(cf.vals[i]).(pDict)
			m, l := cryptFilter(d, get)
			s.filters[name] = m
			if m == cryptRC4 || m == cryptAESV2 {
				n = l
			}
		}
		for _, f := range []struct {
			key string
			to  *cryptMethod
		}{{"StmF", &s.stm}, {"StrF", &s.str}} {
			name, _ := val(f.key).(pName)
			m, ok := s.filters[string(name)]
			if name == "" {
				m, ok = cryptIdentity, true
			}
			if !ok {
				return nil, fmt.Errorf("%w: crypt filter /%s not defined", ErrUnsupportedEncryption, name)
			}
			*f.to = m
		}
	} else {
		s.stm, s.str = cryptRC4, cryptRC4
	}
	if r == 2 {
		n = 5
	}
	n = min(max(n, 5), 16)
	var key []byte
	var err error
	if r >= 5 {
		oe, _ := val("OE").(pStr)
		ue, _ := val("UE").(pStr)
		key, err = aesFileKey(r, o, u, oe, ue)
	} else {
		key, err = rc4FileKey(r, n, o, u, uint32(p), id, s.encryptMetadata)
	}
	if err != nil {
		return nil, err
	}
	s.key = key
	return s, nil
}

// cryptFilter reads a crypt filter dictionary: its method and, for the
// per-object methods, its key length in bytes.
func cryptFilter(d pDict, get func(pObj) pObj) (cryptMethod, int) {
	l, ok := intOf(get(d.get("Length")))
	if !ok {
		l = 16
	} else if l > 16 { // some writers give bits
		l /= 8
	}
	switch m, _ := get(d.get("CFM")).(pName); m {
	case "V2":
		return cryptRC4, l
	case "AESV2":
		return cryptAESV2, 16
	case "AESV3":
		return cryptAESV3, 32
	}
	return cryptIdentity, l
}

// rc4FileKey returns the file key of revisions 2-4 (Algorithm 2) for the
// empty user password, or for the user password that the empty owner
// password unlocks (Algorithm 7).
func rc4FileKey(r, n int, o, u []byte, p uint32, id []byte, encryptMetadata bool) ([]byte, error) {
	if len(o) < 32 || len(u) < 32 {
		return nil, fmt.Errorf("%w: /O or /U entry too short", ErrMalformed)
	}
	try := func(padded []byte) []byte {
		h := md5.New()
		h.Write(padded)
		h.Write(o[:32])
		h.Write([]byte{byte(p), byte(p >> 8), byte(p >> 16), byte(p >> 24)})
		h.Write(id)
		if r >= 4 && !encryptMetadata {
			h.Write([]byte{0xff, 0xff, 0xff, 0xff})
		}
		key := h.Sum(nil)
		if r >= 3 {
			for range md5KeyRounds {
				sum := md5.Sum(key[:n])
				key = sum[:]
			}
		}
		key = key[:n]
		// Algorithms 4 and 5: the U entry this key would give
		var want, got []byte
		if r == 2 {
			got, want = rc4XOR(key, passwordPad), u[:32]
		} else {
			sum := md5.Sum(append(append([]byte(nil), passwordPad...), id...))
			got = rc4Passes(key, sum[:], 0, rc4Rounds)
			want = u[:16]
		}
		if bytes.Equal(got, want) {
			return key
		}
		return nil
	}
	if key := try(passwordPad); key != nil {
		return key, nil
	}
	// Algorithm 7: the empty owner password decrypts /O to the user password
	sum := md5.Sum(passwordPad)
	okey := sum[:]
	if r >= 3 {
		for range md5KeyRounds {
			s := md5.Sum(okey)
			okey = s[:]
		}
	}
	okey = okey[:n]
	var user []byte
	if r == 2 {
		user = rc4XOR(okey, o[:32])
	} else {
		user = append([]byte(nil), o[:32]...)
		for i := rc4Rounds; i >= 0; i-- {
			user = rc4XOR(xorKey(okey, byte(i)), user)
		}
	}
	if key := try(user); key != nil {
		return key, nil
	}
	return nil, ErrEncrypted
}

// rc4Passes encrypts data with key, then with key XOR i for i in from+1..to.
func rc4Passes(key, data []byte, from, to int) []byte {
	out := rc4XOR(key, data)
	for i := from + 1; i <= to; i++ {
		out = rc4XOR(xorKey(key, byte(i)), out)
	}
	return out
}

func xorKey(key []byte, b byte) []byte {
	k := make([]byte, len(key))
	for i := range key {
		k[i] = key[i] ^ b
	}
	return k
}

func rc4XOR(key, data []byte) []byte {
	c, err := rc4.NewCipher(key)
	if err != nil {
		return nil
	}
	out := make([]byte, len(data))
	c.XORKeyStream(out, data)
	return out
}

// aesFileKey returns the file key of revisions 5 and 6 (Algorithm 2.A)
// for the empty user password, or else the empty owner password.
func aesFileKey(r int, o, u, oe, ue []byte) ([]byte, error) {
	if len(o) < 48 || len(u) < 48 || len(oe) < 32 || len(ue) < 32 {
		return nil, fmt.Errorf("%w: /O, /U, /OE or /UE entry too short", ErrMalformed)
	}
	hash := func(salt, udata []byte) []byte {
		if r == 5 {
			sum := sha256.Sum256(append(append([]byte(nil), salt...), udata...))
			return sum[:]
		}
		return hashR6(nil, salt, udata)
	}
	switch {
	case bytes.Equal(hash(u[32:40], nil), u[:32]):
		return aesNoIV(hash(u[40:48], nil), ue[:32]), nil
	case bytes.Equal(hash(o[32:40], u[:48]), o[:32]):
		return aesNoIV(hash(o[40:48], u[:48]), oe[:32]), nil
	}
	return nil, ErrEncrypted
}

// hashR6 is Algorithm 2.B (ISO 32000-2 §7.6.4.3.4): SHA-256 of the
// password, salt and user data, then at least 64 rounds of AES-128 and
// SHA-2 until the last byte of the round's cipher text is at most the
// round number minus 32.
func hashR6(pw, salt, udata []byte) []byte {
	sum := sha256.Sum256(append(append(append([]byte(nil), pw...), salt...), udata...))
	k := sum[:]
	var e []byte
	for i := 0; i < 64 || int(e[len(e)-1]) > i-32; i++ {
		one := append(append(append([]byte(nil), pw...), k...), udata...)
		k1 := bytes.Repeat(one, 64)
		block, _ := aes.NewCipher(k[:16])
		e = make([]byte, len(k1))
		cipher.NewCBCEncrypter(block, k[16:32]).CryptBlocks(e, k1)
		mod := 0
		for _, b := range e[:16] { // the first 16 bytes as a number, mod 3
			mod += int(b)
		}
		var h hash.Hash
		switch mod % 3 {
		case 0:
			h = sha256.New()
		case 1:
			h = sha512.New384()
		default:
			h = sha512.New()
		}
		h.Write(e)
		k = h.Sum(nil)
	}
	return k[:32]
}

// aesNoIV decrypts 32 bytes with AES-256-CBC, a zero IV and no padding.
func aesNoIV(key, data []byte) []byte {
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil
	}
	out := make([]byte, len(data))
	cipher.NewCBCDecrypter(block, make([]byte, aes.BlockSize)).CryptBlocks(out, data)
	return out
}

// objectKey is Algorithm 1: the key of object num gen for m.
func (s *security) objectKey(m cryptMethod, num, gen int) []byte {
	if m == cryptAESV3 {
		return s.key
	}
	h := md5.New()
	h.Write(s.key)
	h.Write([]byte{byte(num), byte(num >> 8), byte(num >> 16), byte(gen), byte(gen >> 8)})
	if m == cryptAESV2 {
		h.Write([]byte("sAlT"))
	}
	return h.Sum(nil)[:min(len(s.key)+5, 16)]
}

// decrypt decrypts data of object num gen with method m.
func (s *security) decrypt(m cryptMethod, num, gen int, data []byte) []byte {
	switch m {
	case cryptRC4:
		return rc4XOR(s.objectKey(m, num, gen), data)
	case cryptAESV2, cryptAESV3:
		return aesCBC(s.objectKey(m, num, gen), data)
	}
	return data
}

// aesCBC decrypts AES-CBC data whose first 16 bytes are the IV, removing
// the PKCS#5 padding. A tail shorter than a block is dropped; bad
// padding is left in place.
func aesCBC(key, data []byte) []byte {
	block, err := aes.NewCipher(key)
	if err != nil || len(data) < 2*aes.BlockSize {
		return nil
	}
	body := data[aes.BlockSize:]
	body = body[:len(body)/aes.BlockSize*aes.BlockSize]
	out := make([]byte, len(body))
	cipher.NewCBCDecrypter(block, data[:aes.BlockSize]).CryptBlocks(out, body)
	if p := int(out[len(out)-1]); p >= 1 && p <= aes.BlockSize && bytes.Equal(out[len(out)-p:], bytes.Repeat([]byte{byte(p)}, p)) {
		out = out[:len(out)-p]
	}
	return out
}
