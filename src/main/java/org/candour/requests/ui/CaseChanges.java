package org.candour.requests.ui;

import java.util.function.Function;
import org.candour.requests.CaseDetails;

/**
 * How the parts of the request page change the request: with the details (reference and version) last shown,
 * showing the problem if it is refused or the saved request and a success message if it worked.
 */
@FunctionalInterface
interface CaseChanges {

    boolean apply(Function<CaseDetails, CaseDetails> change, String success);
}
