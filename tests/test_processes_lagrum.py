"""Law lint: an element citing two versions of a statute says which applies when; SoL and LSS are
told apart. The audit of a 2014 case never cites the 2025 law, and vice versa."""

from __future__ import annotations

from ivo_workflow.specs import SpecLibrary, compile_bundle, legal_basis, unqualified_versions

OLD_AND_NEW_FL = (
    "Överklagandet ska ha kommit in inom tre veckor.\n"
    "Lagrum: 44 § förvaltningslagen (2017:900); "
    "23 § förvaltningslagen (1986:223) (beslut före 2018-07-01)"
)


def test_lint_flags_the_unqualified_side_of_a_versioned_statute() -> None:
    messages = unqualified_versions(OLD_AND_NEW_FL)
    assert len(messages) == 1
    assert "'44 § förvaltningslagen (2017:900)'" in messages[0]
    assert "(beslut från 2018-07-01)" in messages[0]


def test_lint_accepts_both_sides_qualified_and_a_single_version() -> None:
    qualified = OLD_AND_NEW_FL.replace("(2017:900);", "(2017:900) (beslut från 2018-07-01);")
    assert unqualified_versions(qualified) == []
    assert unqualified_versions("Lagrum: 28 kap. 9 § socialtjänstlagen (2025:400)") == []


def test_lint_looks_across_the_lagrum_lines_of_one_element() -> None:
    doc = (
        "Lagrum: 28 kap. 9 § socialtjänstlagen (2025:400)\n"
        "Lagrum: 13 kap. 8 § socialtjänstlagen (2001:453) (beslut före 2025-07-01)"
    )
    assert len(unqualified_versions(doc)) == 1


def test_lint_asks_lss_citations_beside_sol_to_say_lss_verksamhet() -> None:
    lss = "26 f § lagen (1993:387) om stöd och service till vissa funktionshindrade"
    doc = f"Lagrum: 28 kap. 9 § socialtjänstlagen (2025:400); {lss}"
    assert any("(LSS-verksamhet)" in m for m in unqualified_versions(doc))
    assert (
        unqualified_versions(doc.replace("funktionshindrade", "funktionshindrade (LSS-verksamhet)"))
        == []
    )
    assert unqualified_versions(f"Lagrum: {lss}") == []


def test_the_process_set_is_lint_clean() -> None:
    assert [str(f) for f in SpecLibrary.from_directory().findings()] == []


def test_no_element_cites_the_law_not_in_force_for_its_decision_date() -> None:
    library = SpecLibrary.from_directory()
    checked = 0
    for process_id in library.process_ids:
        for element in compile_bundle(library.bundle(process_id)).elements.values():
            doc = element.documentation
            old = element.legal_basis_on("2014-10-01")
            new = element.legal_basis_on("2025-09-01")
            checked += 1
            assert "(2017:900)" not in old, (element.id, old)
            assert "(1986:223)" not in new, (element.id, new)
            assert "(2001:453)" not in new, (element.id, new)
            if "(2001:453)" in doc:
                # only the transitional provisions of the new law may be cited for an old decision
                assert all(
                    "övergångsbestämmelserna" in part
                    for part in old.split("; ")
                    if "(2025:400)" in part
                ), (element.id, old)
    assert checked > 100


def test_a_2014_appeal_cites_the_old_laws_only() -> None:
    doc = (
        "Lagrum: 44 § förvaltningslagen (2017:900) (från 2018-07-01); "
        "23 § förvaltningslagen (1986:223) (beslut före 2018-07-01)"
    )
    assert legal_basis(doc, on="2014-10-01") == "23 § förvaltningslagen (1986:223)"
    assert legal_basis(doc, on="2019-01-07") == "44 § förvaltningslagen (2017:900)"
