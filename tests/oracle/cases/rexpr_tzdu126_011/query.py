spark.conf.set("spark.sql.session.timeZone", "Pacific/Auckland")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(4,1), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy(expr("hex(encode(CAST(unbase64(base64(t)) AS STRING), 'UTF-16LE')) AS k1"), "i").agg(F.sum((col("d") * col("d"))).alias("a1"), expr("sum(i) AS a2"), expr("sum(CASE WHEN CASE WHEN (d > 3.75D) THEN (m > 12.345) WHEN (s <= '日本') THEN (d >= 100.0D) END THEN 1 ELSE 0 END) AS a3"))
OUTPUT_MODE = "update"
