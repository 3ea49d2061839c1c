df = spark.readStream.schema("g INT, d DOUBLE").json(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT g, percentile_approx(d, array(0.1, 0.5, 0.9), 100) AS p FROM src GROUP BY g")
OUTPUT_MODE = "complete"
