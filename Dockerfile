# Veritext in a container: built from source with the Maven wrapper, run on a JRE 25.
FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
COPY annotation-core/pom.xml annotation-core/
COPY search/pom.xml search/
COPY app/pom.xml app/
RUN ./mvnw -B -q dependency:go-offline
COPY annotation-core annotation-core
COPY search search
COPY app app
RUN ./mvnw -B -q package -DskipTests

FROM eclipse-temurin:25-jre
RUN useradd --system --home /var/lib/veritext veritext && mkdir -p /var/lib/veritext && chown veritext /var/lib/veritext
USER veritext
WORKDIR /var/lib/veritext
COPY --from=build /src/app/target/veritext.jar /opt/veritext/veritext.jar
ENV VERITEXT_DATA_DIR=/var/lib/veritext
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "--add-modules", "jdk.incubator.vector", "-jar", "/opt/veritext/veritext.jar"]
