package vn.parindex.security.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies over the limits before anything reads them: an upload (multipart) may carry
 * one file of the evidence maximum plus its framing, any other request (Vaadin's messages, the login
 * form) far less. Vaadin reads a message whole into memory, so without this a single request could
 * fill the heap. A declared length over the limit gets 413 at once and the connection is closed; a
 * body without a declared length (chunked) is cut off where it passes the limit.
 */
final class RequestSizeLimit extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(RequestSizeLimit.class);

    private final long maxUpload;
    private final long maxOther;

    RequestSizeLimit(long maxUpload, long maxOther) {
        this.maxUpload = maxUpload;
        this.maxOther = maxOther;
    }

    long limitFor(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/") ? maxUpload : maxOther;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long limit = limitFor(request);
        long declared = request.getContentLengthLong();
        if (declared > limit) {
            log.warn(
                    "Refused a request of {} bytes to {} from {} (limit {})",
                    declared,
                    request.getRequestURI(),
                    request.getRemoteAddr(),
                    limit);
            // Closing tells Tomcat not to read (swallow) the rest of the body.
            response.setHeader("Connection", "close");
            response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            return;
        }
        chain.doFilter(declared < 0 ? new Bounded(request, limit) : request, response);
    }

    /** A body of undeclared length, read through a counter that fails past the limit. */
    private static final class Bounded extends HttpServletRequestWrapper {

        private final long limit;
        private ServletInputStream stream;

        Bounded(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new Counting(super.getInputStream(), limit);
            }
            return stream;
        }
    }

    private static final class Counting extends ServletInputStream {

        private final ServletInputStream in;
        private final long limit;
        private long count;

        Counting(ServletInputStream in, long limit) {
            this.in = in;
            this.limit = limit;
        }

        private int counted(int n) throws IOException {
            if (n > 0) {
                count += n;
                if (count > limit) {
                    throw new IOException("Request body over the limit of " + limit + " bytes");
                }
            }
            return n;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            return counted(in.read(buffer, offset, length));
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
