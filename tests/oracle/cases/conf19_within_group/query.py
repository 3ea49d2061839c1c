df = spark.readStream.schema("k INT, x INT, s STRING").json(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("""SELECT k, percentile_cont(0.25) WITHIN GROUP (ORDER BY x), percentile_cont(0.3) WITHIN GROUP (ORDER BY x DESC) AS cd,
  percentile_disc(0.3) WITHIN GROUP (ORDER BY x), percentile_disc(0.6) WITHIN GROUP (ORDER BY x DESC) AS dd,
  listagg(s, ',') WITHIN GROUP (ORDER BY s) AS l, string_agg(s) WITHIN GROUP (ORDER BY s DESC) AS sa FROM src GROUP BY k""")
OUTPUT_MODE = "complete"
