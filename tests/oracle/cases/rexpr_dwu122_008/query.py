from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(18,6), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where((expr("CASE (id > 0L) WHEN true THEN b WHEN false THEN (-1 IN (7, 7)) ELSE b END") | col("t").isNotNull())).select("id", "s", F.hypot(F.pi() * F.when(col("b"), F.json_array_length(col("s"))).otherwise(col("i")), col("f")).alias("c1"), expr("stack(2, xpath_short('<a><b>7</b><b>' || locate('l', t, 5) || '</b></a>', 'sum(a/b)'), s, i, s)"), expr("chr(abs(i) % 90 + 32)").alias("c3"), expr("sequence(dt, date_add(dt, 3), INTERVAL 1 DAY)[1]").alias("c4"))
OUTPUT_MODE = "append"
