// Package publish copies a built site, the public/ folder, to object storage: Amazon S3 and
// the stores that speak its protocol (MinIO, Cloudflare R2, DigitalOcean Spaces), Google Cloud
// Storage, Azure Blob Storage, or a folder.
//
// # Targets
//
// A target is a URL of gocloud.dev/blob:
//
//	s3://bucket?region=eu-west-1
//	s3://bucket?endpoint=https://ACCOUNT.r2.cloudflarestorage.com&region=auto
//	s3://bucket?endpoint=http://127.0.0.1:9000&use_path_style=true&disable_https=true
//	gs://bucket
//	azblob://container
//	file:///srv/www/briefs
//
// prefix=folder/ publishes into a folder of the bucket. Credentials come from the environment
// and the providers' standard chains (AWS_ACCESS_KEY_ID, AWS_PROFILE, instance roles;
// GOOGLE_APPLICATION_CREDENTIALS; AZURE_STORAGE_ACCOUNT with AZURE_STORAGE_KEY, or az login),
// never from the URL, and are never printed. A file:// target is a plain folder: unless the
// URL says otherwise, Run adds create_dir, no_tmp_dir and metadata=skip, so the folder holds
// the site's files and nothing else.
//
// # What is uploaded
//
// Run compares each local file with the remote object of the same path, by size and MD5. It
// reads the bucket's listing, whose MD5s are S3 ETags (an MD5 for single-part uploads without
// KMS), GCS and Azure MD5s, or nothing for a folder, and the manifest: an object named
// .briefs-manifest.json that Run writes at the end of each deploy, with the MD5, size and
// headers of every file and the fingerprint the listing showed for it. Where the object is
// still the one the manifest describes, the manifest decides, headers included; elsewhere
// (no manifest, a stale one, another tool's upload) an equal listed MD5 does, and with
// none the file is uploaded again. Remote objects that no longer exist locally are deleted;
// more than MaxDeletes of them stop the deploy before it changes anything, unless Force.
//
// Files go up in three waves, each on Workers goroutines: stylesheets, scripts, images and
// other assets first, then the HTML pages that link to them, then the feeds, sitemap and
// robots.txt that link to the pages. Deletions come last, then the manifest. A page never
// goes up before the assets it uses, and nothing is deleted until everything new is up: an
// interrupted deploy leaves old and new files side by side, and running it again finishes
// the job.
//
// # Headers
//
// Each file gets a Content-Type by extension and the Cache-Control of the first rule whose
// pattern (a config.Glob) matches it: the site's rules, then DefaultRules, which give the
// fingerprinted assets of a build (style.3f2a9c1e.css) a year and the pages five minutes.
// With Gzip, text files are stored compressed with Content-Encoding: gzip.
package publish
