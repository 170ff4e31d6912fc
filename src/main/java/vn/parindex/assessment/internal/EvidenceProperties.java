package vn.parindex.assessment.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/** Evidence files are at most 20 MB each unless configured otherwise. */
@ConfigurationProperties("parindex.evidence")
public record EvidenceProperties(@DefaultValue("20MB") DataSize maxFileSize) {}
