// Every Node type can be refetched by its id (useRefetchableFragment).
graphql`
  fragment RefetchSummit_summit on Summit @refetchable(queryName: "RefetchSummitQuery") {
    id date
  }
`;

graphql`
  fragment RefetchOrganization_organization on Organization @refetchable(queryName: "RefetchOrganizationQuery") {
    id code
  }
`;

graphql`
  fragment RefetchCountry_country on Country @refetchable(queryName: "RefetchCountryQuery") {
    id code
  }
`;

graphql`
  fragment RefetchMembership_membership on Membership @refetchable(queryName: "RefetchMembershipQuery") {
    id status country { code }
  }
`;

graphql`
  fragment RefetchPerson_person on Person @refetchable(queryName: "RefetchPersonQuery") {
    id name
  }
`;

graphql`
  fragment RefetchStatement_statement on Statement @refetchable(queryName: "RefetchStatementQuery") {
    id
  }
`;

graphql`
  fragment RefetchDocument_document on Document @refetchable(queryName: "RefetchDocumentQuery") {
    id
  }
`;

graphql`
  fragment RefetchCity_city on City @refetchable(queryName: "RefetchCityQuery") {
    id
  }
`;

graphql`
  fragment RefetchSource_source on Source @refetchable(queryName: "RefetchSourceQuery") {
    id url
  }
`;

graphql`
  fragment RefetchExercise_exercise on Exercise @refetchable(queryName: "RefetchExerciseQuery") {
    id
  }
`;
