package org.geokg.eval;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.pipeline.QuoteAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CoreNLP's quote attribution, as the baseline runs it, on a short text written here. */
class CoreNlpQuoteBaselineIT {

    @Test
    void aQuotationBecomesADirectAttributionWithItsSpeaker() {
        String text = "Talks stalled on Tuesday.\n\n\u201cWe will not sign this deal,\u201d Maria Lopez said. "
                + "She left the room.";
        CoreNlpQuoteBaseline.Config config = CoreNlpQuoteBaseline.Config.LIGHT;
        List<Predictions.AttributionLine> lines = CoreNlpQuoteBaseline.attributions("t", text,
                new StanfordCoreNLP(config.pipeline()), new QuoteAnnotator("quote", config.quote()));

        assertThat(lines).hasSize(1);
        Predictions.AttributionLine a = lines.get(0);
        assertThat(a.content().text()).isEqualTo("\u201cWe will not sign this deal,\u201d");
        assertThat(a.direct()).isTrue();
        assertThat(a.source()).isNotNull();
        assertThat(a.source().text()).isEqualTo(text.substring(a.source().start(), a.source().end()));
        assertThat(a.source().text()).contains("Lopez");
    }
}
