from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, m DECIMAL(12,4), s STRING, dt DATE, d DOUBLE, ts TIMESTAMP, i INT, b BOOLEAN, f FLOAT, t STRING, k BIGINT, n DECIMAL(5,3)").json(INPUT)
result = df.select("id", F.when(col("dt").isNull(), F.date_trunc("HOUR", F.to_timestamp(F.date_format(col("ts"), "yyyy-MM-dd HH:mm"), "yyyy-MM-dd HH:mm"))).when(col("b"), col("ts")).alias("c1"), expr("(pmod(id, nullif(i, 0)) % nullif(i, 0)) AS c2")).where("(t <> '日本')")
OUTPUT_MODE = "append"
