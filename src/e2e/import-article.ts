// A short article made up for the Import browser tests, in our own words: Pakistan–Turkey ties told
// through dated visits and agreements (not taken from any real page).
export const MADE_UP_TURKEY_ARTICLE = `Pakistan and Turkey: visits, pacts and a council

By A. Made-Up Writer

Turkey recognised Pakistan soon after independence, and the two governments opened embassies in Ankara and Karachi in 1948.

On 2 April 1954 the two countries signed an agreement for friendly cooperation in Karachi, a pact that later grew into the Baghdad Pact.

President Iskander Mirza paid a state visit to Ankara in October 1958.

In July 1964 Pakistan, Turkey and Iran founded the Regional Cooperation for Development at a summit in Istanbul.

Prime Minister Turgut Ozal visited Islamabad in December 1985 and spoke of a shared future.

The two sides set up a High-Level Strategic Cooperation Council in 2009.

On 14 February 2020 President Recep Tayyip Erdogan addressed a joint session of Parliament in Islamabad.
`;
