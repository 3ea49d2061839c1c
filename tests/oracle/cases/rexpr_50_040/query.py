from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, f FLOAT, m DECIMAL(12,4), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter(((~col("t").like("_")) | (col("d") <= lit(-1.5)))).select(F.to_timestamp(F.date_format(F.try_to_timestamp(col("t")), "dd.MM.yyyy HH:mm:ss.SSSSSS"), "dd.MM.yyyy HH:mm:ss.SSSSSS").alias("c1"), F.greatest(col("ts"), col("ts")).alias("c2"), expr("CASE WHEN (ts <> TIMESTAMP'1999-12-31 23:59:59.999') THEN -2L WHEN ((t >= '') AND (id <= m)) THEN nullif(id, -2L) END AS c3")).filter(col("i").isNotNull())
OUTPUT_MODE = "append"
