package io.markguard.portal.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OwnerNamesTest {

    @ParameterizedTest(name = "{0} vs {1}")
    @CsvSource(delimiter = '|', value = {
            "Northwind Apparel, Inc.      | NORTHWIND APPAREL INC      | true",
            "Northwind Apparel, Inc.      | Northwind Apparel          | true",
            "Fenwick & Sons Ltd           | Fenwick and Sons Limited   | true",
            "Orbita GmbH                  | orbita                     | true",
            "Sakura Line Kabushiki Kaisha | Sakura Line K.K.           | false",
            "杭州远山服饰有限公司            | 杭州远山服饰                 | true",
            "深圳星河电子股份有限公司         | 深圳星河电子                 | true",
            "Alpina Rossa S.p.A.          | Rossa Holdings S.r.l.      | false",
            "Acme Co.                     | Acme Corp                  | true",
            "                             | Acme                       | false" })
    void namesMatchRegardlessOfCasePunctuationAndLegalForm(String onRegister, String legalEntity, boolean match) {
        assertEquals(match, OwnerNames.match(onRegister, legalEntity));
    }
}
