package org.candour.requests;

/**
 * Who made a request, as a complaint body sees it when the requester agreed to share that: the name and the email
 * address, nothing more (data minimisation, DPA 2018 s.37). Caseworkers see {@link RequesterDetails}.
 */
public record RequesterContact(String reference, String fullName, String email) {
}
