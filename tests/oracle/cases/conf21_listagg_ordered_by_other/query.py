df = spark.readStream.schema("g INT, k INT, s STRING").json(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT g, listagg(s, ',') WITHIN GROUP (ORDER BY k) AS a, string_agg(s, '-') WITHIN GROUP (ORDER BY k DESC) AS d, listagg(CAST(k AS STRING)) WITHIN GROUP (ORDER BY s) AS e FROM src GROUP BY g")
OUTPUT_MODE = "complete"
