from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(20,0), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter((~F.coalesce(F.exists(F.split(col("s"), " "), lambda x: x == lit("Hello")), lit(False)))).groupBy("dt", expr("d AS k2")).agg(F.min((col("m") < expr("100BD")).cast("string")).alias("a1"), expr("round(avg((coalesce(nvl(id, -2L), id, 3L) / 10)), 2) AS a2"), expr("max(element_at(split(s, ' '), 3)) AS a4"), F.round(F.avg(col("i")), 0).alias("a3"))
OUTPUT_MODE = "complete"
