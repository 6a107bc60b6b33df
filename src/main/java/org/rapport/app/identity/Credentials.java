package org.rapport.app.identity;

/**
 * What a user says about who they are when a project opens: the rater to act as ({@code --as}, null: nobody in
 * particular) and where that rater's password, a server login's password and an encrypted project's passphrase
 * come from.
 */
public record Credentials(String asRater, Secret raterPassword, Secret serverPassword, Secret passphrase) {
    /** No claim and no secrets: an unprotected, unencrypted file project opens as its owner. */
    public static final Credentials NONE = new Credentials(null, Secret.NONE, Secret.NONE, Secret.NONE);

    public Credentials {
        raterPassword = raterPassword == null ? Secret.NONE : raterPassword;
        serverPassword = serverPassword == null ? Secret.NONE : serverPassword;
        passphrase = passphrase == null ? Secret.NONE : passphrase;
    }

    public Credentials as(String rater) {
        return new Credentials(rater, raterPassword, serverPassword, passphrase);
    }
}
