package org.coproduction.platform.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageTest {

    @Test
    void offsetsCannotOverflow() {
        PageRequest last = new PageRequest(PageRequest.MAX_PAGE, PageRequest.MAX_SIZE);
        assertThat(last.offset()).isEqualTo(200_000_000);
        assertThat(last.last()).isEqualTo(200_000_199);
        assertThatThrownBy(() -> new PageRequest(PageRequest.MAX_PAGE + 1, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PageRequest(0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PageRequest(-1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PageRequest(0, 201)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPageCarriesItsPositionAndMaps() {
        Page<Integer> page = Page.of(List.of(1, 2), new PageRequest(3, 2), 8);
        assertThat(page.map(i -> "n" + i)).isEqualTo(new Page<>(List.of("n1", "n2"), 3, 2, 8));
    }
}
