package vn.parindex.assessment.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface EvidenceContentRepository extends JpaRepository<EvidenceContent, String> {

    /** Stores the bytes unless the same content is there already; safe when two units upload it at once. */
    @Modifying
    @Query(
            nativeQuery = true,
            value =
                    "insert ignore into evidence_content (sha256, size_bytes, content) values (:sha256, :size, :content)")
    int storeOnce(@Param("sha256") String sha256, @Param("size") long size, @Param("content") byte[] content);

    /** Locks the content row, so an upload reusing it waits until a removal has decided. */
    @Query(nativeQuery = true, value = "select sha256 from evidence_content where sha256 = :sha256 for update")
    String lock(@Param("sha256") String sha256);
}
