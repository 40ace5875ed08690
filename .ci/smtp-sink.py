#!/usr/bin/env python3
"""A local SMTP server for .ci/cluster: accepts every message on 127.0.0.1 and keeps each one as a file, so the soak
can count what the portal sent (and whether anything was sent twice). Usage: smtp-sink.py PORT DIRECTORY"""
import asyncore
import os
import sys
import warnings

warnings.simplefilter("ignore", DeprecationWarning)
import smtpd  # noqa: E402  (Python 3.11's standard library; enough for a sink)


class Sink(smtpd.SMTPServer):
    def __init__(self, port, directory):
        super().__init__(("127.0.0.1", port), None, decode_data=False)
        self.directory = directory
        self.count = len(os.listdir(directory))

    def process_message(self, peer, mailfrom, rcpttos, data, **kwargs):
        self.count += 1
        name = os.path.join(self.directory, "%06d.eml" % self.count)
        with open(name + ".tmp", "wb") as out:
            out.write(b"X-Sink-Recipients: " + ",".join(rcpttos).encode() + b"\r\n" + data)
        os.rename(name + ".tmp", name)


if __name__ == "__main__":
    os.makedirs(sys.argv[2], exist_ok=True)
    Sink(int(sys.argv[1]), sys.argv[2])
    asyncore.loop()
