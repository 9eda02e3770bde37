package io.blackbar.rest.internal;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.blackbar.engine.api.Catalog;
import io.blackbar.engine.api.Engine;

/** Unauthenticated system endpoints: health, and what is deployed now. */
@Path("/v1")
@Produces(MediaType.APPLICATION_JSON)
public class SystemResource {

    private static final Logger LOG = LoggerFactory.getLogger(SystemResource.class);

    /** Below this much free space in the data folder the server cannot take documents: health says so (DISK-03). */
    static final long LOW_DISK_BYTES = 64L << 20;

    private final Engine engine;
    private final Database database;
    private final String version;
    private final java.nio.file.Path data;

    public SystemResource(Engine engine, Database database, String version, java.nio.file.Path data) {
        this.engine = engine;
        this.database = database;
        this.version = version;
        this.data = data;
    }

    @GET
    @Path("health")
    public Response health() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", "ok");
        body.put("version", version);
        try {
            Database.Instance i = database.instance();
            body.put("database", "ok");
            body.put("instance", Map.of("id", i.id(), "createdAt", i.createdAt().toString(), "starts", i.starts()));
        } catch (SQLException e) {
            LOG.error("health: database check failed: {}", e.getClass().getSimpleName());
            body.put("status", "degraded");
            body.put("database", "unavailable");
            return Response.status(503).entity(body).build();
        }
        String disk = disk(data);
        body.put("disk", disk);
        if (!disk.equals("ok")) {
            LOG.error("health: the data folder's disk has less than {} MB free", LOW_DISK_BYTES >> 20);
            body.put("status", "degraded");
            return Response.status(503).entity(body).build();
        }
        return Response.ok(body).build();
    }

    /** {@code ok}, {@code low} (under {@link #LOW_DISK_BYTES} free), or {@code unavailable} (the folder cannot be read). */
    static String disk(java.nio.file.Path data) {
        return disk(data, LOW_DISK_BYTES);
    }

    static String disk(java.nio.file.Path data, long low) {
        try {
            return java.nio.file.Files.getFileStore(data).getUsableSpace() < low ? "low" : "ok";
        } catch (java.io.IOException | RuntimeException e) {
            return "unavailable";
        }
    }

    @GET
    @Path("frameworks")
    public Map<String, Object> frameworks() {
        List<Map<String, Object>> list = new ArrayList<>();
        engine.catalog().frameworks().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(f -> {
            List<Map<String, String>> entities = new ArrayList<>();
            for (Catalog.EntityType e : f.getValue()) {
                entities.add(Map.of("type", e.name(), "category", e.category().wireName()));
            }
            Map<String, Object> fw = new LinkedHashMap<>();
            fw.put("id", f.getKey());
            fw.put("entities", entities);
            list.add(fw);
        });
        return Map.of("success", true, "frameworks", list);
    }

    @GET
    @Path("formats")
    public Map<String, Object> formats() {
        List<Map<String, Object>> list = new ArrayList<>();
        for (Catalog.Format f : engine.catalog().formats()) {
            list.add(Map.of("mediaType", f.mediaType(), "extensions", f.extensions()));
        }
        return Map.of("success", true, "formats", list);
    }
}
