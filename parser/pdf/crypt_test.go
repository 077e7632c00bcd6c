package pdf

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	lpdf "github.com/ledongthuc/pdf"
)

// pageLinks returns the link targets of every page of a PDF, decrypted.
func pageLinks(t *testing.T, data []byte) []string {
	t.Helper()
	plain, err := decrypt(data)
	if err != nil {
		t.Fatalf("decrypt: %v", err)
	}
	pds, err := parsePages(plain, DefaultMaxPages)
	if err != nil {
		t.Fatalf("parsePages: %v", err)
	}
	var out []string
	for _, pd := range pds {
		for _, l := range pd.links {
			out = append(out, l.url)
		}
	}
	return out
}

// TestEncryptedFiles reads qpdf's encryptions of clear.pdf (made by
// testdata/encrypted/make.sh): every one that needs no password gives the
// clear file's lines and link targets; a user password is ErrEncrypted.
func TestEncryptedFiles(t *testing.T) {
	dir := filepath.Join("testdata", "encrypted")
	clear, err := os.ReadFile(filepath.Join(dir, "clear.pdf"))
	if err != nil {
		t.Fatal(err)
	}
	wantLines := texts(parseOK(t, clear))
	wantLinks := pageLinks(t, clear)
	if len(wantLinks) == 0 {
		t.Fatal("clear.pdf has no links to compare")
	}
	tests := []struct {
		file string
		want error
	}{
		{file: "r2-rc4-40.pdf"},
		{file: "r3-rc4-128.pdf"},
		{file: "r4-rc4-128.pdf"},
		{file: "r4-aes-128.pdf"}, // with clear-text metadata
		{file: "r5-aes-256.pdf"},
		{file: "r6-aes-256.pdf"},
		{file: "r6-aes-256-linear.pdf"},
		{file: "r6-owner-empty.pdf"}, // a user password, but the owner password is empty
		{file: "r4-user.pdf", want: ErrEncrypted},
		{file: "r6-user.pdf", want: ErrEncrypted},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join(dir, tt.file))
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Contains(data, []byte("/Encrypt")) {
				t.Fatal("test file is not encrypted")
			}
			d, err := Parse(data, Options{})
			if tt.want != nil {
				if !errors.Is(err, tt.want) {
					t.Fatalf("error %v, want %v", err, tt.want)
				}
				if err.Error() != "encrypted PDF: password required" {
					t.Errorf("message %q", err)
				}
				return
			}
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			if diff := cmp.Diff(wantLines, texts(d)); diff != "" {
				t.Errorf("lines (-clear +decrypted):\n%s", diff)
			}
			if diff := cmp.Diff(wantLinks, pageLinks(t, data)); diff != "" {
				t.Errorf("links (-clear +decrypted):\n%s", diff)
			}
		})
	}
}

// TestDecryptStrings checks that strings are decrypted with their own
// object's key, wherever they are (a dictionary in an array), and that
// the encryption dictionary's own strings and stream lengths survive.
func TestDecryptStrings(t *testing.T) {
	f := &pdfFile{}
	f.encrypt("", "owner")
	id := f.reserve()
	secret := "https://example.com/ünïcode(path)\\"
	f.set(id, fmt.Sprintf("<</Kids [<</S /URI /URI <%x>>>] /Plain 12>>", rc4Crypt(f.objKey(id), []byte(secret))))
	data := build(f, []page{{content: tx("F1", 10, 72, 700, "Text"), extra: fmt.Sprintf(" /X %d 0 R", id)}})
	plain, err := decrypt(data)
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(plain, []byte("/Encrypt")) {
		t.Error("decrypted file still has /Encrypt")
	}
	r, err := lpdf.NewReader(bytes.NewReader(plain), int64(len(plain)))
	if err != nil {
		t.Fatal(err)
	}
	page := r.Trailer().Key("Root").Key("Pages").Key("Kids").Index(0)
	x := page.Key("X")
	if got := x.Key("Kids").Index(0).Key("URI").RawString(); got != secret {
		t.Errorf("URI %q, want %q", got, secret)
	}
	if got := x.Key("Plain").Int64(); got != 12 {
		t.Errorf("Plain %d", got)
	}
	if got := texts(parseOK(t, data)); !cmp.Equal(got, []string{"Text"}) {
		t.Errorf("lines %q", got)
	}
}

func TestEncryptionErrors(t *testing.T) {
	plain := build(nil, []page{{content: tx("F1", 10, 72, 700, "Hello resume world")}})
	withEncrypt := func(enc string) []byte {
		return bytes.Replace(plain, []byte("/Root"), []byte("/Encrypt "+enc+" /ID [<00> <00>] /Root"), 1)
	}
	ownerEmpty := func() []byte {
		f := &pdfFile{}
		f.encrypt("user-pw", "")
		return build(f, []page{{content: tx("F1", 10, 72, 700, "Opened by the empty owner password")}})
	}
	tests := []struct {
		name    string
		data    []byte
		want    error // nil: parses
		wantMsg string
	}{
		{name: "empty owner password (algorithm 7)", data: ownerEmpty()},
		{name: "public-key security handler", data: withEncrypt("<</Filter /Adobe.PubSec /V 4 /R 4>>"), want: ErrUnsupportedEncryption, wantMsg: "security handler /Adobe.PubSec"},
		{name: "unknown version", data: withEncrypt("<</Filter /Standard /V 3 /R 3>>"), want: ErrUnsupportedEncryption, wantMsg: "V=3"},
		{name: "unknown revision", data: withEncrypt("<</Filter /Standard /V 5 /R 7>>"), want: ErrUnsupportedEncryption, wantMsg: "R=7"},
		{name: "AES-256 without its entries", data: withEncrypt("<</Filter /Standard /V 5 /R 6 /Length 256>>"), want: ErrMalformed, wantMsg: "/UE entry too short"},
		{name: "RC4 without its entries", data: withEncrypt("<</Filter /Standard /V 2 /R 3 /Length 128>>"), want: ErrMalformed, wantMsg: "/U entry too short"},
		{name: "undefined crypt filter", data: withEncrypt("<</Filter /Standard /V 4 /R 4 /StmF /Nope /StrF /Nope>>"), want: ErrUnsupportedEncryption, wantMsg: "/Nope not defined"},
		{name: "dangling encryption dictionary", data: withEncrypt("99 0 R"), want: ErrMalformed, wantMsg: "no encryption dictionary"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Parse(tt.data, Options{})
			if tt.want == nil {
				if err != nil {
					t.Fatalf("Parse: %v", err)
				}
				if len(d.Lines) == 0 {
					t.Fatal("no lines")
				}
				return
			}
			if !errors.Is(err, tt.want) || !strings.Contains(fmt.Sprint(err), tt.wantMsg) {
				t.Fatalf("error %v, want %v with %q", err, tt.want, tt.wantMsg)
			}
		})
	}
}
