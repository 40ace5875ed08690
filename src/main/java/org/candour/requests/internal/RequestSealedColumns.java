package org.candour.requests.internal;

import java.util.List;
import org.candour.requests.domain.FootageRequest;
import org.candour.requests.domain.IdentityDocument;
import org.candour.requests.domain.RequesterReply;
import org.candour.shared.crypto.SealedColumns;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The requests module's encrypted columns, for the key rotation: requesters' identity, accounts, documents, replies. */
@Configuration(proxyBeanMethods = false)
class RequestSealedColumns {

    @Bean
    SealedColumns footageRequestSealedColumns() {
        return new SealedColumns(FootageRequest.TABLE, "id", List.of("requester_name", "requester_date_of_birth",
                "requester_address", "requester_postcode", "requester_email", "requester_phone",
                "requester_appearance", "incident_location", "incident_description", "officer_collar_number",
                "cad_reference"));
    }

    @Bean
    SealedColumns identityDocumentSealedColumns() {
        return new SealedColumns(IdentityDocument.TABLE, "id", List.of("file_name", "content"));
    }

    @Bean
    SealedColumns requesterReplySealedColumns() {
        return new SealedColumns(RequesterReply.TABLE, "id", List.of("text"));
    }
}
