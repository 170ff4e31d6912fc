package vn.parindex.appraisal.ui;

import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.parindex.appraisal.ExplanationItem;
import vn.parindex.appraisal.ExplanationRequests;
import vn.parindex.appraisal.Explanations;
import vn.parindex.assessment.SheetQuestions;
import vn.parindex.assessment.UnitQuestions;
import vn.parindex.security.CurrentUser;
import vn.parindex.security.CurrentUserService;
import vn.parindex.security.Role;

/**
 * The council's questions and comments on the unit's own self-assessment sheet: only for the unit's
 * own focal point (the service reads the caller's unit whatever unit the sheet shows), with the way to
 * the explanations page where they are answered.
 */
@SpringComponent
class ExplanationSheetQuestions implements SheetQuestions {

    private final Explanations explanations;
    private final CurrentUserService currentUser;

    ExplanationSheetQuestions(Explanations explanations, CurrentUserService currentUser) {
        this.explanations = explanations;
        this.currentUser = currentUser;
    }

    @Override
    public Optional<UnitQuestions> questionsFor(long periodId, long unitId) {
        CurrentUser user = currentUser.require();
        if (!user.hasRole(Role.FOCAL_POINT) || !Objects.equals(user.unitId(), unitId)) {
            return Optional.empty();
        }
        return explanations
                .requests(periodId)
                .filter(requests ->
                        requests.unitId() == unitId && !requests.items().isEmpty())
                .map(this::questions);
    }

    private UnitQuestions questions(ExplanationRequests requests) {
        Map<Long, UnitQuestions.ItemQuestion> items = new HashMap<>();
        for (ExplanationItem item : requests.items()) {
            items.put(
                    item.nodeId(),
                    new UnitQuestions.ItemQuestion(
                            item.question(),
                            item.askedAt(),
                            item.comment(),
                            item.answer(),
                            item.answeredBy(),
                            item.answeredAt(),
                            item.appraisedScore(),
                            item.finalScore()));
        }
        String link = RouteConfiguration.forSessionScope().getUrl(ExplanationsView.class) + "?period="
                + requests.period().id();
        return new UnitQuestions(
                requests.open(), requests.asked(), requests.deadline(), requests.lockReason(), link, items);
    }
}
