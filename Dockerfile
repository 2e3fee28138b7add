# ehcp in a container: the Debian 12 package built from this tree, run as a non-root user, on a
# read-only root file system; only /work (the work folder) is written.
#
#   docker build -t ehcp .
#   docker run --rm --read-only --tmpfs /tmp -v "$PWD/work:/work" ehcp            (loopback only)
#
# By default `ehcp serve` listens on the container's own loopback, so nothing outside the
# container reaches it. To open the desk from the host, tell it otherwise and publish the port
# on the host's loopback only:
#   docker run --rm --read-only --tmpfs /tmp -v "$PWD/work:/work" -p 127.0.0.1:8080:8080 \
#     ehcp serve /work --port 8080 --listen 0.0.0.0
# and open the address it prints. Other commands: docker run ... ehcp draft /work/cases -o /work/out

FROM debian:12 AS build
RUN apt-get update && apt-get install -y --no-install-recommends \
      build-essential cmake pkg-config file dpkg-dev help2man gzip \
      libpoppler-cpp-dev libpoppler-private-dev libtesseract-dev libleptonica-dev \
      libicu-dev libpugixml-dev libxlsxwriter-dev libzip-dev nlohmann-json3-dev libcli11-dev \
      libsqlite3-dev libcpp-httplib-dev \
    && rm -rf /var/lib/apt/lists/*
COPY . /src
RUN cmake -S /src -B /build -DCMAKE_BUILD_TYPE=Release -DEHCP_TESTS=OFF \
    && cmake --build /build -j"$(nproc)" --target ehcp ehcp_man \
    && cd /build && cpack

FROM debian:12
COPY --from=build /build/ehcp_*.deb /tmp/
RUN apt-get update && apt-get install -y --no-install-recommends /tmp/ehcp_*.deb \
    && rm -rf /var/lib/apt/lists/* /tmp/ehcp_*.deb \
    && useradd --system --create-home --home-dir /home/ehcp --uid 10001 ehcp \
    && mkdir -p /work && chown ehcp:ehcp /work
USER ehcp
WORKDIR /work
VOLUME /work
ENV OMP_THREAD_LIMIT=1
EXPOSE 8080
ENTRYPOINT ["ehcp"]
CMD ["serve", "/work", "--port", "8080"]
