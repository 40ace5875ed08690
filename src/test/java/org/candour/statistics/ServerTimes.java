package org.candour.statistics;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.springframework.core.Ordered;

/**
 * For the benchmark only (registered as a source of its application, not found by component scanning): the server
 * time of each request, from the first filter in until the whole chain has returned (the handler ran and the body
 * was written to the response, all but the last buffer's flush). The client's own reading of the body is not in it.
 */
public final class ServerTimes implements Filter, Ordered {

    /** One request: what was asked for ({@code path?query}) and its server time in milliseconds. */
    record Timed(String request, double ms) {
    }

    private final ConcurrentLinkedQueue<Timed> times = new ConcurrentLinkedQueue<>();

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long start = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            var http = (HttpServletRequest) request;
            times.add(new Timed(http.getRequestURI() + "?" + http.getQueryString(), (System.nanoTime() - start) / 1e6));
        }
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    /** The times recorded since the last call, in milliseconds. */
    List<Double> drain() {
        return drainRequests().stream().map(Timed::ms).toList();
    }

    /** The requests recorded since the last call, with their times. */
    List<Timed> drainRequests() {
        var drained = new ArrayList<Timed>();
        for (Timed t; (t = times.poll()) != null; ) {
            drained.add(t);
        }
        return drained;
    }
}
