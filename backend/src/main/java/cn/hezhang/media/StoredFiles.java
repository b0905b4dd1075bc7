package cn.hezhang.media;

import org.springframework.data.jpa.repository.JpaRepository;

interface StoredFiles extends JpaRepository<StoredFile, String> {
}
