from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(20,0), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
df.where(F.coalesce(expr("xpath_boolean('<a><b>' || i || '</b></a>', 'a/b = 7')"), lit(True))).createOrReplaceTempView("src")
result = spark.sql("SELECT dt, size(split(s, '-')) AS k2, bit_and(i) AS a1, max(sequence(1, i, 0)) AS a3, percentile_approx(i, 0.5) AS a2 FROM src GROUP BY dt, size(split(s, '-'))")
OUTPUT_MODE = "complete"
