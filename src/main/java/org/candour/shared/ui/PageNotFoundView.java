package org.candour.shared.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * GOV.UK "Page not found", inside the usual frame. Also shown when signed-in staff open a page their roles do not
 * allow, so that the page does not reveal what exists.
 */
@ParentLayout(MainLayout.class)
@PageTitle("Page not found - Candour")
@AnonymousAllowed
public class PageNotFoundView extends Div implements HasErrorParameter<NotFoundException> {

    public PageNotFoundView() {
        addClassName("page");
        add(Page.heading("Page not found"),
                Page.body("If you typed the web address, check it is correct."),
                Page.body("If you pasted the web address, check you copied the entire address."),
                Page.body("If you are signed in as staff, the page may not be open to your role. Ask an "
                        + "administrator if you need it."),
                Page.link("", "Go to the Candour home page"));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
