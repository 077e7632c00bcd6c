#!/bin/sh
# Rebuilds the encrypted test PDFs of TestEncrypted from clear.pdf (a copy
# of testdata/zoo/pandoc-md-oneline/en_pm_short_blake.pdf: xdvipdfmx, with
# object streams) with qpdf, one file per standard security handler
# revision and cipher. Needs qpdf (tested with 11.3.0).
set -eu
cd "$(dirname "$0")"
q() { qpdf --allow-weak-crypto "$@"; }
q --encrypt "" owner 40 -- --object-streams=disable clear.pdf r2-rc4-40.pdf
q --encrypt "" owner 128 --use-aes=n -- clear.pdf r3-rc4-128.pdf
q --encrypt "" owner 128 --use-aes=n --force-V4 -- clear.pdf r4-rc4-128.pdf
q --encrypt "" owner 128 --use-aes=y --cleartext-metadata -- clear.pdf r4-aes-128.pdf
q --encrypt "" owner 256 --force-R5 -- clear.pdf r5-aes-256.pdf
q --encrypt "" owner 256 -- clear.pdf r6-aes-256.pdf
q --encrypt "" owner 256 -- --object-streams=disable --linearize clear.pdf r6-aes-256-linear.pdf
q --encrypt user "" 256 --allow-insecure -- clear.pdf r6-owner-empty.pdf
q --encrypt user owner 128 --use-aes=y -- clear.pdf r4-user.pdf
q --encrypt user owner 256 -- clear.pdf r6-user.pdf
