<?xml version="1.0" encoding="UTF-8"?>
<!-- Turns the built repository's content.xml into index.html: what a person opening the update
     site's URL in a browser sees. Generated at build time, so it always lists the features (and
     versions) the repository really holds, by category. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:output method="html" encoding="UTF-8" indent="yes"/>
  <xsl:key name="unit" match="unit" use="@id"/>
  <xsl:template match="/repository">
    <html>
      <head>
        <meta charset="UTF-8"/>
        <title><xsl:value-of select="@name"/> update site</title>
      </head>
      <body>
        <h1><xsl:value-of select="@name"/> update site</h1>
        <p>This folder is a p2 repository. In Eclipse: <em>Help &gt; Install New Software… &gt; Add…</em>
          and give this page's URL (without <code>index.html</code>), or the folder, or the zip it came in.
          Headless: <code>-application org.eclipse.equinox.p2.director -repository URL -installIU FEATURE.feature.group</code>.</p>
        <xsl:for-each select="units/unit[properties/property[@name='org.eclipse.equinox.p2.type.category' and @value='true']]">
          <xsl:sort select="properties/property[@name='org.eclipse.equinox.p2.name']/@value"/>
          <h2><xsl:value-of select="properties/property[@name='org.eclipse.equinox.p2.name']/@value"/></h2>
          <p><xsl:value-of select="properties/property[@name='org.eclipse.equinox.p2.description']/@value"/></p>
          <table border="1" cellpadding="4">
            <tr><th>feature (install unit)</th><th>version</th><th>provider</th><th>description</th><th>licence</th></tr>
            <xsl:for-each select="requires/required">
              <xsl:variable name="f" select="key('unit', @name)"/>
              <tr>
                <td><b><xsl:value-of select="$f/properties/property[@name='org.eclipse.equinox.p2.name']/@value"/></b><br/>
                  <code><xsl:value-of select="@name"/></code></td>
                <td><xsl:value-of select="$f/@version"/></td>
                <td><xsl:value-of select="$f/properties/property[@name='org.eclipse.equinox.p2.provider']/@value"/></td>
                <td><xsl:value-of select="$f/properties/property[@name='org.eclipse.equinox.p2.description']/@value"/></td>
                <td><a href="{$f/licenses/license/@uri}"><xsl:value-of select="$f/licenses/license/@uri"/></a></td>
              </tr>
            </xsl:for-each>
          </table>
        </xsl:for-each>
      </body>
    </html>
  </xsl:template>
</xsl:stylesheet>
