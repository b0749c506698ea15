//go:build !nogs

package publish

// The driver of Google Cloud Storage. Each cloud driver brings its provider's SDK into the binary;
// "go build -tags nogs" leaves this one out.
import _ "gocloud.dev/blob/gcsblob"
