# Kiosk application image.
#
#   mvn -DskipTests package        # builds target/kiosk.jar on the host
#   docker build -t kiosk/app .    # default base: eclipse-temurin:17-jre
#
# Without a registry (see scripts/docker-setup.sh):
#   DOCKER_BUILDKIT=0 docker build --build-arg BASE_IMAGE=kiosk/jre17:local -t kiosk/app .
ARG BASE_IMAGE=eclipse-temurin:17-jre
FROM ${BASE_IMAGE}

# The HEALTHCHECK needs curl, which not every JRE image ships; then a fixed non-root user:
# useradd where it exists (every Debian/Ubuntu image), else BusyBox adduser (Alpine variants).
RUN set -eux; \
    if ! command -v curl >/dev/null 2>&1; then \
        if command -v apt-get >/dev/null 2>&1; then \
            apt-get update; \
            DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends curl ca-certificates; \
            rm -rf /var/lib/apt/lists/*; \
        else \
            apk add --no-cache curl; \
        fi; \
    fi; \
    if command -v useradd >/dev/null 2>&1; then \
        groupadd --gid 10001 kiosk; \
        useradd --uid 10001 --gid 10001 --home-dir /app --no-create-home --shell /usr/sbin/nologin kiosk; \
    else \
        addgroup -g 10001 kiosk; \
        adduser -D -H -u 10001 -G kiosk -h /app -s /sbin/nologin kiosk; \
    fi

# Java 17 takes its default charset from the locale: make it UTF-8 whatever the base image says.
ENV LANG=C.UTF-8
WORKDIR /app

# Files stay owned by root (read-only for the app).
COPY site/ /app/site/
COPY target/kiosk.jar /app/kiosk.jar
COPY bin/kiosk /app/bin/kiosk
COPY content/ /app/content/

# The class-data sharing archive the launcher maps into every start (README, "Start-up"): made by this
# image's JVM for this jar path, as the build makes it (pom.xml): the same training run (a serve of the sample
# magazine) lists the classes it loads, and a static dump archives them.
RUN java -XX:DumpLoadedClassList=/tmp/kiosk.classlist -XX:TieredStopAtLevel=1 \
        -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
        -cp /app/kiosk.jar kiosk.cli.CdsTraining /app/content /app/site /tmp/kiosk-training \
    && java -Xshare:dump -XX:SharedClassListFile=/tmp/kiosk.classlist -XX:SharedArchiveFile=/app/kiosk.jsa \
        -Xlog:cds=off -Xlog:cds+heap=off -Xlog:gc+verify=off -cp /app/kiosk.jar \
    && rm -rf /tmp/kiosk-training /tmp/kiosk.classlist \
    && test -f /app/kiosk.jsa

# The one folder the app writes: the baked site and the view counts (--data).
RUN mkdir -p /var/lib/kiosk && chown 10001:10001 /var/lib/kiosk

# Numeric so that Kubernetes' runAsNonRoot can verify it; 10001 is the user "kiosk".
USER 10001:10001
EXPOSE 7070
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD curl -fsS http://localhost:7070/health || exit 1
ENV KIOSK_JAR=/app/kiosk.jar
ENTRYPOINT ["/app/bin/kiosk"]
CMD ["serve", "--content", "/app/content", "--site", "/app/site", "--out", "/var/lib/kiosk/site", "--data", "/var/lib/kiosk/data", "--port", "7070"]
