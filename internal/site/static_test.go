package site

import (
	"strings"
	"testing"
	"testing/fstest"
)

func TestFingerprintedAssets(t *testing.T) {
	t.Parallel()
	local := fstest.MapFS{"static/extra.js": {Data: []byte("console.log(1)\n")}}
	files, _ := render(t, testConfig("/"), local, Options{Minify: true, Fingerprint: true}, fixture())
	var css string
	for name := range files {
		if strings.HasPrefix(name, "style.") && name != "style.css" && strings.HasSuffix(name, ".css") {
			css = name
		}
	}
	if css == "" || string(files[css]) != string(files["style.css"]) {
		t.Fatalf("no fingerprinted copy of style.css equal to it (found %q)", css)
	}
	if _, ok := files["favicon.svg"]; !ok {
		t.Errorf("favicon.svg missing")
	}
	for name := range files {
		if strings.HasPrefix(name, "favicon.") && name != "favicon.svg" {
			t.Errorf("an image was fingerprinted: %s", name)
		}
		if strings.HasPrefix(name, "extra.") && name != "extra.js" && len(name) != len("extra.12345678.js") {
			t.Errorf("odd fingerprinted name %s", name)
		}
	}
	brief := string(files["briefs/hostile/index.html"])
	if !strings.Contains(brief, "../../"+css) {
		t.Errorf("brief page does not link the fingerprinted stylesheet %s", css)
	}
	notFound := string(files["404.html"])
	if !strings.Contains(notFound, "=/"+css) {
		t.Errorf("404 page does not link the fingerprinted stylesheet from the root")
	}

	// Another stylesheet, another name; without fingerprinting, the plain name.
	local["static/style.css"] = &fstest.MapFile{Data: []byte("body { color: red }\n")}
	other, _ := render(t, testConfig("/"), local, Options{Minify: true, Fingerprint: true}, fixture())
	if _, ok := other[css]; ok {
		t.Errorf("a changed stylesheet kept the name %s", css)
	}
	plain, _ := render(t, testConfig("/"), nil, Options{}, fixture())
	if !strings.Contains(string(plain["index.html"]), `href="style.css"`) {
		t.Errorf("without fingerprinting, pages do not link style.css")
	}
}
